# expect: time_limit_exceeded
# Keeps memory small with a bounded deque, but still reads every line of the
# file from the start: the time grows with the size of the file, not of the tail.
from collections import deque


def tail(path: str, n: int) -> list:
    if n < 0:
        raise ValueError("n must not be negative")
    if n == 0:
        return []
    with open(path, "rb") as f:
        last = deque(f, maxlen=n)
    return [line.decode("utf-8").rstrip("\n") for line in last]
