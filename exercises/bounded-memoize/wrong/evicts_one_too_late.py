# expect: wrong_answer
# Off by one: evicts only when the cache already holds *more* than maxsize
# entries, so it grows to maxsize + 1.
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
            key = (args, frozenset(kwargs.items()))
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if len(cache) > maxsize:
                cache.popitem(last=False)
            cache[key] = result
            return result

        wrapper.cache_info = lambda: {**stats, "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            cache.clear()
            stats.update(hits=0, misses=0)

        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
