# expect: wrong_answer
# get() pops the key and re-inserts it to refresh it, even when it was missing:
# a miss stores the key with the value -1 and takes a place in the cache.
class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._data = {}

    def get(self, key):
        value = self._data.pop(key, -1)
        self._data[key] = value
        return value

    def put(self, key, value) -> None:
        if key in self._data:
            del self._data[key]
            self._data[key] = value
            return
        if len(self._data) >= self.capacity:
            del self._data[next(iter(self._data))]
        self._data[key] = value
