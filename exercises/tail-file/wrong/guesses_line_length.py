# expect: wrong_answer
# Assumes no line is longer than 200 bytes and reads only n * 200 bytes from
# the end: long lines are cut, and too few lines come back.
import os


def tail(path: str, n: int) -> list:
    if n < 0:
        raise ValueError("n must not be negative")
    if n == 0:
        return []
    with open(path, "rb") as f:
        end = f.seek(0, os.SEEK_END)
        start = max(0, end - 200 * (n + 1))
        f.seek(start)
        data = f.read()
    if not data:
        return []
    if data.endswith(b"\n"):
        data = data[:-1]
    lines = data.split(b"\n")
    if start > 0:
        lines = lines[1:]
    return [line.decode("utf-8", errors="replace") for line in lines[-n:]]
