# expect: rule_violation
# Builds the context manager with contextlib.contextmanager, which also makes
# the object single-use; importing contextlib is not allowed here.
from contextlib import contextmanager


@contextmanager
def suppress(*exceptions):
    try:
        yield
    except exceptions:
        pass
