# expect: wrong_answer
# Never checks for a negative n: lines[-n:] with n == -1 quietly returns
# every line but the first instead of raising ValueError.
import os


def tail(path: str, n: int) -> list:
    if n == 0:
        return []
    with open(path, "rb") as f:
        position = f.seek(0, os.SEEK_END)
        blocks = []
        newlines = 0
        while position > 0 and newlines <= abs(n):
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
