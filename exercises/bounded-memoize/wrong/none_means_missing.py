# expect: wrong_answer
# Uses cache.get(key) is None as "not cached", so a function that returns
# None is called again every time.
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
            result = cache.get(key)
            if result is not None:
                stats["hits"] += 1
                cache.move_to_end(key)
                return result
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if key not in cache and len(cache) >= maxsize:
                cache.popitem(last=False)
            cache[key] = result
            cache.move_to_end(key)
            return result

        wrapper.cache_info = lambda: {**stats, "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            cache.clear()
            stats.update(hits=0, misses=0)

        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
