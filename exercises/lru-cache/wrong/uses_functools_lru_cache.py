# expect: rule_violation
# Tries to lean on functools.lru_cache, which the exercise forbids.
from functools import lru_cache


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._values = {}

        @lru_cache(maxsize=capacity)
        def lookup(key):
            return self._values.get(key, -1)

        self._lookup = lookup

    def get(self, key):
        return self._lookup(key)

    def put(self, key, value) -> None:
        self._values[key] = value
        self._lookup.cache_clear()
