# expect: wrong_answer
# Rejects suppress() without arguments instead of treating it as "suppress
# nothing".
class suppress:
    def __init__(self, *exceptions):
        if not exceptions:
            raise TypeError("suppress() needs at least one exception class")
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, traceback):
        return exc_type is not None and issubclass(exc_type, self._exceptions)
