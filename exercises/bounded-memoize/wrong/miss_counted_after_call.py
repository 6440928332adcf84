# expect: wrong_answer
# Counts a miss only once the function has returned, so a call that raises
# is not counted at all.
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

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = (args, frozenset(kwargs.items()))
            if key in cache:  # TypeError here for unhashable arguments
                hits += 1
                cache.move_to_end(key)
                return cache[key]
            result = func(*args, **kwargs)
            misses += 1
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
