# expect: wrong_answer
# Restores with d.update(snapshot) only: replaced and deleted keys come back,
# but keys added inside the block stay.
class transaction:
    def __init__(self, d):
        self.d = d

    def __enter__(self):
        self.snapshot = dict(self.d)
        return self.d

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            self.d.update(self.snapshot)
        return False
