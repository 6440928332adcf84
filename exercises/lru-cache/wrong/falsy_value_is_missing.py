# expect: wrong_answer
# `dict.get(key) or -1` turns every falsy stored value (0, "", None, False)
# into "missing".
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        value = self.items.get(key)
        if not value:
            return -1
        self.items.move_to_end(key)
        return value

    def put(self, key, value) -> None:
        if key in self.items:
            self.items.move_to_end(key)
        elif len(self.items) >= self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value
