from collections import OrderedDict


class LRUCache:
    """A fixed-size key-value cache that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity  # the caller guarantees capacity >= 1
        self._items = OrderedDict()  # least recently used first

    def get(self, key):
        if key not in self._items:
            return -1
        self._items.move_to_end(key)
        return self._items[key]

    def put(self, key, value) -> None:
        if key in self._items:
            self._items.move_to_end(key)
        elif len(self._items) >= self._capacity:
            self._items.popitem(last=False)
        self._items[key] = value
