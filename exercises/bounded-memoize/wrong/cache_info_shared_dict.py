# expect: wrong_answer
# cache_info() returns the same dict every time, updated in place, so a dict
# returned earlier changes afterwards.
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
            result = func(*args, **kwargs)
            if len(cache) >= maxsize:
                cache.popitem(last=False)
            cache[key] = result
            return result

        stats["size"] = 0
        stats["maxsize"] = maxsize

        def cache_info():
            stats["size"] = len(cache)
            return stats

        def cache_clear():
            cache.clear()
            stats["hits"] = 0
            stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
