class suppress:
    """Context manager that suppresses the given exception classes (and their
    subclasses), like contextlib.suppress."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, traceback):
        # A true return value tells Python to swallow the exception.
        return exc_type is not None and issubclass(exc_type, self._exceptions)
