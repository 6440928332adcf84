# expect: wrong_answer
# A hit does not refresh the entry, so the cache evicts the oldest *stored*
# entry (FIFO) instead of the least recently *used* one.
import functools


def memoize(maxsize=128):
    if maxsize < 1:
        raise ValueError("maxsize must be at least 1")

    def decorator(func):
        cache = {}  # dicts keep insertion order
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, frozenset(kwargs.items()))
            if key in cache:
                stats["hits"] += 1
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

        wrapper.cache_info = lambda: {**stats, "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            cache.clear()
            stats.update(hits=0, misses=0)

        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
