# expect: wrong_answer
# Open addressing with linear probing, where delete() simply empties the
# slot: a key stored further along the same probe sequence (after a
# collision) is then cut off and reported missing.
class HashMap:
    def __init__(self) -> None:
        self._slots = [None] * 8
        self._size = 0

    @property
    def capacity(self) -> int:
        return len(self._slots)

    def _probe(self, key):
        index = hash(key) % len(self._slots)
        while self._slots[index] is not None and self._slots[index][0] != key:
            index = (index + 1) % len(self._slots)
        return index

    def put(self, key, value) -> None:
        index = self._probe(key)
        if self._slots[index] is None:
            self._size += 1
        self._slots[index] = (key, value)
        if self._size > 0.75 * len(self._slots):
            entries = [entry for entry in self._slots if entry is not None]
            self._slots = [None] * (2 * len(self._slots))
            for entry in entries:
                self._slots[self._probe(entry[0])] = entry

    def get(self, key):
        entry = self._slots[self._probe(key)]
        if entry is None:
            raise KeyError(key)
        return entry[1]

    def delete(self, key) -> None:
        index = self._probe(key)
        if self._slots[index] is None:
            raise KeyError(key)
        self._slots[index] = None
        self._size -= 1

    def __contains__(self, key) -> bool:
        return self._slots[self._probe(key)] is not None

    def __len__(self) -> int:
        return self._size
