from collections import deque


def windows(iterable, n):
    """Return an iterator over the tuples of `n` consecutive items of
    `iterable`. Raises ValueError at once if n < 1."""
    if n < 1:
        raise ValueError("n must be at least 1")
    return _windows(iter(iterable), n)


def _windows(iterator, n):
    window = deque(maxlen=n)
    for item in iterator:
        window.append(item)
        if len(window) == n:
            yield tuple(window)
