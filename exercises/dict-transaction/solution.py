class transaction:
    """Restores a dict to its contents at the start of the `with` block if the
    block raises; keeps the changes otherwise. The restore is shallow."""

    def __init__(self, d: dict):
        self._dict = d
        self._snapshot = None

    def __enter__(self):
        self._snapshot = dict(self._dict)
        return self._dict

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            # Restore in place: clear() + update() brings back the keys, the
            # very same value objects and the original insertion order.
            self._dict.clear()
            self._dict.update(self._snapshot)
        self._snapshot = None
        return False  # never suppress the exception
