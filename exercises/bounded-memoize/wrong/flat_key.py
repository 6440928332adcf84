# expect: wrong_answer
# Flattens positional and keyword arguments into one tuple, so the call
# f(("b", 2)) and the call f(b=2) produce the same key.
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
            key = args + tuple(sorted(kwargs.items()))
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if len(cache) >= maxsize:
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
