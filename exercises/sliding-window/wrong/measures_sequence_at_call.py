# expect: wrong_answer
# Takes a shortcut for sequences: slices them, and measures len() when
# windows is called, so a list that changes before the iteration is read
# with its old length.
from collections import deque
from collections.abc import Sequence


def windows(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    if isinstance(iterable, Sequence):
        return (tuple(iterable[i:i + n]) for i in range(len(iterable) - n + 1))
    return _windows(iterable, n)


def _windows(iterable, n):
    window = deque(maxlen=n)
    for item in iterable:
        window.append(item)
        if len(window) == n:
            yield tuple(window)
