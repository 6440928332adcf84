# expect: wrong_answer
# Never writes the name `dict`, but keeps the entries in a `{}` literal and
# only pretends to manage buckets.
class HashMap:
    def __init__(self) -> None:
        self._entries = {}
        self._capacity = 8

    @property
    def capacity(self) -> int:
        return self._capacity

    def put(self, key, value) -> None:
        if key not in self._entries:
            self._entries[key] = value
            if len(self._entries) > 0.75 * self._capacity:
                self._capacity *= 2
        self._entries[key] = value

    def get(self, key):
        return self._entries[key]

    def delete(self, key) -> None:
        del self._entries[key]

    def __contains__(self, key) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)
