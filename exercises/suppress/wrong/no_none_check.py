# expect: runtime_error
# Forgets that exc_type is None when the block does not raise:
# issubclass(None, ...) raises TypeError on every normal exit.
class suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, traceback):
        return issubclass(exc_type, self.exceptions)
