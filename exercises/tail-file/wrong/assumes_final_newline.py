# expect: wrong_answer
# Assumes every file ends with "\n" and always drops the last byte, so the
# last character of a file without a final newline is lost.
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
    if not data:
        return []
    lines = data[:-1].split(b"\n")
    if position > 0:
        lines = lines[1:]
    return [line.decode("utf-8") for line in lines[-n:]]
