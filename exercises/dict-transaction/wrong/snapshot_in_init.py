# expect: wrong_answer
# Takes the snapshot when transaction(d) is called instead of when the block
# starts, so changes made in between are lost on rollback.
class transaction:
    def __init__(self, d):
        self.d = d
        self.snapshot = dict(d)

    def __enter__(self):
        return self.d

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            self.d.clear()
            self.d.update(self.snapshot)
        return False
