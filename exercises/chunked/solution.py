from itertools import islice


def chunked(iterable, size):
    """Return an iterator over lists of `size` consecutive items of `iterable`;
    the last list may be shorter. Raises ValueError at once if size < 1."""
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while chunk := list(islice(iterator, size)):
        yield chunk
