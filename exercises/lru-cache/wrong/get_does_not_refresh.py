# expect: wrong_answer
# Only put() updates the recency order; reading a key does not protect it
# from eviction, so this evicts the least recently *inserted* key.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        return self.items.get(key, -1)

    def put(self, key, value) -> None:
        if key in self.items:
            self.items.move_to_end(key)
        elif len(self.items) >= self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value
