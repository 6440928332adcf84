# expect: wrong_answer
# A generator function: the check of n only runs on the first next(), so
# windows([1, 2, 3], 0) itself raises nothing.
from collections import deque


def windows(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    window = deque(maxlen=n)
    for item in iterable:
        window.append(item)
        if len(window) == n:
            yield tuple(window)
