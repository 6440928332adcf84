# expect: wrong_answer
# Yields the deque itself: not a tuple, and it keeps changing after being
# handed out.
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
            yield window
