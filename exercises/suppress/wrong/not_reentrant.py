# expect: runtime_error
# Guards against being entered twice at the same time, so the same object
# cannot be used in nested with blocks.
class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions
        self._active = False

    def __enter__(self):
        if self._active:
            raise RuntimeError("suppress is already in use")
        self._active = True
        return None

    def __exit__(self, exc_type, exc_value, traceback):
        self._active = False
        if exc_type is None:
            return False
        return issubclass(exc_type, self._exceptions)
