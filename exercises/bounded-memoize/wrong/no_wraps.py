# expect: wrong_answer
# Forgets functools.wraps: the wrapper has its own __name__ and __doc__
# and no __wrapped__.
import functools
from collections import OrderedDict


def memoize(maxsize=128):
    """Return a decorator that caches up to `maxsize` results, evicting the
    least recently used one when the cache is full."""
    if maxsize < 1:
        raise ValueError("maxsize must be at least 1")

    def decorator(func):
        cache = OrderedDict()  # least recently used first
        hits = misses = 0

        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = (args, frozenset(kwargs.items()))
            if key in cache:  # TypeError here for unhashable arguments
                hits += 1
                cache.move_to_end(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if len(cache) >= maxsize:
                cache.popitem(last=False)
            cache[key] = result
            return result

        def cache_info():
            return {"hits": hits, "misses": misses, "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            nonlocal hits, misses
            cache.clear()
            hits = misses = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
