# expect: wrong_answer
# Evicts the least recently used entry before calling the function, so a
# call that raises still throws an entry out of a full cache.
import functools
from collections import OrderedDict


def memoize(maxsize=128):
    if maxsize < 1:
        raise ValueError("maxsize must be at least 1")

    def decorator(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, frozenset(kwargs.items())) if kwargs else (args,)
            hash(key)
            if key in cache:
                cache.move_to_end(key)
                stats["hits"] += 1
                return cache[key]
            stats["misses"] += 1
            if len(cache) >= maxsize:
                cache.popitem(last=False)
            result = func(*args, **kwargs)
            cache[key] = result
            return result

        def cache_info():
            return {"hits": stats["hits"], "misses": stats["misses"],
                    "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            cache.clear()
            stats["hits"] = 0
            stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
