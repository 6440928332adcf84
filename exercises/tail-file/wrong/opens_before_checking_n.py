# expect: wrong_answer
# Opens the file before looking at n: for a missing file, a negative or zero
# n gets FileNotFoundError instead of ValueError or [].
import os

BLOCK_SIZE = 8192


def tail(path: str, n: int) -> list:
    """Return the last n lines of the UTF-8 text file at path, without their newlines."""
    with open(path, "rb") as f:
        if n < 0:
            raise ValueError("n must not be negative")
        if n == 0:
            return []
        position = f.seek(0, os.SEEK_END)
        blocks = []
        newlines = 0
        # n lines are delimited by n newlines before them (plus, possibly, the
        # final newline of the file), so n + 1 newlines are always enough.
        while position > 0 and newlines <= n:
            size = min(BLOCK_SIZE, position)
            position -= size
            f.seek(position)
            block = f.read(size)
            blocks.append(block)
            newlines += block.count(b"\n")
    data = b"".join(reversed(blocks))
    if not data:
        return []
    if data.endswith(b"\n"):
        data = data[:-1]  # the final newline ends the last line
    lines = data.split(b"\n")
    if position > 0:
        lines = lines[1:]  # may start in the middle of a line
    # "\n" never occurs inside a multi-byte UTF-8 sequence, so each line
    # decodes on its own.
    return [line.decode("utf-8") for line in lines[-n:]]
