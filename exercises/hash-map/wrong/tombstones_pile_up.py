# expect: time_limit_exceeded
# Open addressing with "deleted" markers, so searches go on past deleted
# slots. But new keys never reuse a deleted slot and the markers are never
# cleared: after enough adds and deletes no slot is empty, and the search
# for a free slot loops forever.
_DELETED = object()


class HashMap:
    def __init__(self) -> None:
        self._slots = [None] * 8
        self._size = 0

    @property
    def capacity(self) -> int:
        return len(self._slots)

    def _find(self, key):
        index = hash(key) % len(self._slots)
        for _ in range(len(self._slots)):
            entry = self._slots[index]
            if entry is None:
                return None
            if entry is not _DELETED and entry[0] == key:
                return index
            index = (index + 1) % len(self._slots)
        return None

    def _free_slot(self, key):
        index = hash(key) % len(self._slots)
        while self._slots[index] is not None:
            index = (index + 1) % len(self._slots)
        return index

    def put(self, key, value) -> None:
        index = self._find(key)
        if index is not None:
            self._slots[index] = (key, value)
            return
        self._slots[self._free_slot(key)] = (key, value)
        self._size += 1
        if self._size > 0.75 * len(self._slots):
            entries = [e for e in self._slots if e is not None and e is not _DELETED]
            self._slots = [None] * (2 * len(self._slots))
            for entry in entries:
                self._slots[self._free_slot(entry[0])] = entry

    def get(self, key):
        index = self._find(key)
        if index is None:
            raise KeyError(key)
        return self._slots[index][1]

    def delete(self, key) -> None:
        index = self._find(key)
        if index is None:
            raise KeyError(key)
        self._slots[index] = _DELETED
        self._size -= 1

    def __contains__(self, key) -> bool:
        return self._find(key) is not None

    def __len__(self) -> int:
        return self._size
