# expect: wrong_answer
# Stores entries under hash(key) instead of the key itself: two different keys
# with the same hash (-1 and -2 in CPython) overwrite each other.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._data = OrderedDict()

    def get(self, key):
        h = hash(key)
        if h not in self._data:
            return -1
        self._data.move_to_end(h)
        return self._data[h]

    def put(self, key, value) -> None:
        h = hash(key)
        if h in self._data:
            self._data[h] = value
            self._data.move_to_end(h)
            return
        if len(self._data) >= self.capacity:
            self._data.popitem(last=False)
        self._data[h] = value
