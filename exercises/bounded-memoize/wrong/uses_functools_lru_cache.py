# expect: rule_violation
# Wraps functools.lru_cache, which the exercise forbids.
import functools


def memoize(maxsize=128):
    if maxsize < 1:
        raise ValueError("maxsize must be at least 1")

    def decorator(func):
        cached = functools.lru_cache(maxsize=maxsize)(func)

        def cache_info():
            info = cached.cache_info()
            return {"hits": info.hits, "misses": info.misses, "size": info.currsize, "maxsize": maxsize}

        cached.cache_info = cache_info
        return cached

    return decorator
