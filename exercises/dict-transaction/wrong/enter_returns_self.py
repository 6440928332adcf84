# expect: runtime_error
# __enter__ returns the transaction object instead of the dict.
class transaction:
    def __init__(self, d: dict):
        self._d = d
        self._snapshots = []

    def __enter__(self):
        self._snapshots.append(dict(self._d))
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        snapshot = self._snapshots.pop()
        if exc_type is not None:
            self._d.clear()
            self._d.update(snapshot)
        return False
