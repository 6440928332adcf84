# expect: wrong_answer
# Rolls back correctly but forgets to re-raise in the generator, so the
# exception is silently swallowed.
from contextlib import contextmanager


@contextmanager
def transaction(d):
    snapshot = dict(d)
    try:
        yield d
    except BaseException:
        d.clear()
        d.update(snapshot)
