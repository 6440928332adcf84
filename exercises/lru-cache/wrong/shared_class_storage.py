# expect: wrong_answer
# The OrderedDict is a class attribute, so every cache shares one storage.
from collections import OrderedDict


class LRUCache:
    _data = OrderedDict()

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity

    def get(self, key):
        if key not in self._data:
            return -1
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key, value) -> None:
        if key in self._data:
            self._data[key] = value
            self._data.move_to_end(key)
            return
        if len(self._data) >= self.capacity:
            self._data.popitem(last=False)
        self._data[key] = value
