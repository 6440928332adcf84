# expect: wrong_answer
# Puts the type of every argument into the key, so f(2) and f(2.0) are
# cached separately although they are equal as dict keys.
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
            key = (tuple((type(a), a) for a in args), frozenset((k, type(v), v) for k, v in kwargs.items()))
            hash(key)
            if key in cache:
                cache.move_to_end(key)
                stats["hits"] += 1
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if len(cache) >= maxsize:
                cache.popitem(last=False)
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
