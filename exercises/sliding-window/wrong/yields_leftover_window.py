# expect: wrong_answer
# Borrows the "flush the last partial chunk" step from chunking code: an input
# shorter than n still yields one short window.
from collections import deque


def windows(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _windows(iterable, n)


def _windows(iterable, n):
    window = deque(maxlen=n)
    for item in iterable:
        window.append(item)
        if len(window) == n:
            yield tuple(window)
    if 0 < len(window) < n:
        yield tuple(window)
