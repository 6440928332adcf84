# expect: wrong_answer
# Yields the same buffer list every time and clears it for the next chunk, so
# every chunk the caller kept changes under them.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iterable, size)


def _chunks(iterable, size):
    buffer = []
    for item in iterable:
        buffer.append(item)
        if len(buffer) == size:
            yield buffer
            buffer.clear()
    if buffer:
        yield buffer
