# expect: wrong_answer
# Treats a file that cannot be opened as an empty one and returns [],
# hiding the FileNotFoundError from the caller.
import os


def tail(path: str, n: int) -> list:
    if n < 0:
        raise ValueError("n must not be negative")
    if n == 0:
        return []
    try:
        f = open(path, "rb")
    except OSError:
        return []
    with f:
        position = f.seek(0, os.SEEK_END)
        blocks = []
        newlines = 0
        while position > 0 and newlines <= n:
            size = min(8192, position)
            position -= size
            f.seek(position)
            block = f.read(size)
            blocks.append(block)
            newlines += block.count(b"\n")
        data = b"".join(reversed(blocks))
    if not data:
        return []
    if data.endswith(b"\n"):
        data = data[:-1]
    lines = data.split(b"\n")
    if position > 0:
        lines = lines[1:]
    return [line.decode("utf-8") for line in lines[-n:]]
