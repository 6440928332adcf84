# expect: wrong_answer
# On rollback keeps the current value wherever it equals the old one, so an
# equal but different object (a copy, 1.0 for 1) is not put back.
class transaction:
    def __init__(self, d: dict):
        self._d = d
        self._snapshots = []

    def __enter__(self):
        self._snapshots.append(dict(self._d))
        return self._d

    def __exit__(self, exc_type, exc_value, traceback):
        snapshot = self._snapshots.pop()
        if exc_type is not None:
            restored = {}
            for key, value in snapshot.items():
                current = self._d.get(key, snapshot)
                restored[key] = current if current == value else value
            self._d.clear()
            self._d.update(restored)
        return False
