# expect: wrong_answer
# Adds the new empty buckets but leaves every entry where it was: a key
# whose bucket index changes with the capacity can no longer be found.
class HashMap:
    def __init__(self) -> None:
        self._buckets = [[] for _ in range(8)]
        self._size = 0

    @property
    def capacity(self) -> int:
        return len(self._buckets)

    def _bucket(self, key) -> list:
        return self._buckets[hash(key) % len(self._buckets)]

    def put(self, key, value) -> None:
        bucket = self._bucket(key)
        for entry in bucket:
            if entry[0] is key or entry[0] == key:
                entry[1] = value
                return
        bucket.append([key, value])
        self._size += 1
        if self._size > 0.75 * len(self._buckets):
            self._resize(2 * len(self._buckets))

    def get(self, key):
        for entry_key, value in self._bucket(key):
            if entry_key is key or entry_key == key:
                return value
        raise KeyError(key)

    def delete(self, key) -> None:
        bucket = self._bucket(key)
        for index, (entry_key, _) in enumerate(bucket):
            if entry_key is key or entry_key == key:
                bucket[index] = bucket[-1]  # order within a bucket is free
                bucket.pop()
                self._size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key) -> bool:
        return any(entry_key is key or entry_key == key for entry_key, _ in self._bucket(key))

    def __len__(self) -> int:
        return self._size

    def _resize(self, capacity: int) -> None:
        self._buckets.extend([] for _ in range(capacity - len(self._buckets)))
