# expect: wrong_answer
# Reads the tail correctly, but splits the decoded text with str.splitlines(),
# which also breaks lines at "\x0c", "\x1c", "\u2028" and other separators,
# not only at "\n".
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
    if position > 0:
        data = data[data.index(b"\n") + 1:]
    return data.decode("utf-8").splitlines()[-n:]
