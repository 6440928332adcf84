# expect: runtime_error
# Reads from the end in blocks, but decodes every block on its own: a block
# boundary that falls inside a multi-byte UTF-8 character breaks the decoding.
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
            size = min(4096, position)
            position -= size
            f.seek(position)
            block = f.read(size).decode("utf-8")
            blocks.append(block)
            newlines += block.count("\n")
        text = "".join(reversed(blocks))
    if not text:
        return []
    if text.endswith("\n"):
        text = text[:-1]
    lines = text.split("\n")
    if position > 0:
        lines = lines[1:]
    return lines[-n:]
