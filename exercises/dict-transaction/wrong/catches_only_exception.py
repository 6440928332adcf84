# expect: wrong_answer
# Uses `except Exception` in the generator: a KeyboardInterrupt or another
# BaseException leaves the half-done changes in the dict.
from contextlib import contextmanager


@contextmanager
def transaction(d):
    snapshot = dict(d)
    try:
        yield d
    except Exception:
        d.clear()
        d.update(snapshot)
        raise
