# expect: wrong_answer
# Compares hashes instead of keys: two different keys with the same hash
# overwrite each other.
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
            if hash(entry[0]) == hash(key):
                entry[1] = value
                return
        bucket.append([key, value])
        self._size += 1
        if self._size > 0.75 * len(self._buckets):
            self._resize(2 * len(self._buckets))

    def get(self, key):
        for entry_key, value in self._bucket(key):
            if hash(entry_key) == hash(key):
                return value
        raise KeyError(key)

    def delete(self, key) -> None:
        bucket = self._bucket(key)
        for index, (entry_key, _) in enumerate(bucket):
            if hash(entry_key) == hash(key):
                bucket[index] = bucket[-1]  # order within a bucket is free
                bucket.pop()
                self._size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key) -> bool:
        return any(hash(entry_key) == hash(key) for entry_key, _ in self._bucket(key))

    def __len__(self) -> int:
        return self._size

    def _resize(self, capacity: int) -> None:
        old_buckets = self._buckets
        self._buckets = [[] for _ in range(capacity)]
        for bucket in old_buckets:
            for entry in bucket:
                self._buckets[hash(entry[0]) % capacity].append(entry)
