# expect: wrong_answer
# Forgets the empty file: b"".split(b"\n") is [b""], so an empty file is
# reported as holding one empty line.
import os


def tail(path: str, n: int) -> list:
    if n < 0:
        raise ValueError("n must not be negative")
    if n == 0:
        return []
    with open(path, "rb") as f:
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
    if data.endswith(b"\n"):
        data = data[:-1]
    lines = data.split(b"\n")
    if position > 0:
        lines = lines[1:]
    return [line.decode("utf-8") for line in lines[-n:]]
