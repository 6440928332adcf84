# expect: wrong_answer
# Always returns True from __exit__: every exception is swallowed, not only the
# listed ones.
class suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, traceback):
        return True
