# expect: wrong_answer
# Only notices that a chunk is full when the next item arrives, so it always
# reads one item past the chunk it yields.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iterable, size)


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        if len(chunk) == size:
            yield chunk
            chunk = []
        chunk.append(item)
    if chunk:
        yield chunk
