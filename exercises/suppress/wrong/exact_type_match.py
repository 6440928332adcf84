# expect: runtime_error
# Compares the exception class for exact membership (`in`), so subclasses of
# a listed class are not suppressed.
class suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, traceback):
        return exc_type in self.exceptions
