# expect: wrong_answer
# Snapshots with copy.deepcopy: after a rollback the values are copies, not the
# objects other code still holds references to.
import copy


class transaction:
    def __init__(self, d):
        self.d = d

    def __enter__(self):
        self.snapshot = copy.deepcopy(self.d)
        return self.d

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            self.d.clear()
            self.d.update(self.snapshot)
        return False
