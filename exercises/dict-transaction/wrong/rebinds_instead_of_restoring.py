# expect: wrong_answer
# "Restores" by rebinding an attribute to the snapshot: the caller's dict is
# never touched, so nothing is rolled back.
class transaction:
    def __init__(self, d):
        self.d = d

    def __enter__(self):
        self.snapshot = dict(self.d)
        return self.d

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            self.d = self.snapshot
        return False
