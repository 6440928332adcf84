# expect: wrong_answer
# Removes the added keys and puts the old values back, but a key that was
# deleted and re-inserted ends up at the end: the insertion order is lost.
class transaction:
    def __init__(self, d):
        self.d = d

    def __enter__(self):
        self.snapshot = dict(self.d)
        return self.d

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            for key in list(self.d):
                if key not in self.snapshot:
                    del self.d[key]
            self.d.update(self.snapshot)
        return False
