# expect: runtime_error
# Slices and measures sequences instead of iterating them: a list that may
# not be indexed fails, and items appended while chunking are missed.
from collections.abc import Sequence
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    if isinstance(iterable, Sequence):
        return _seq(iterable, size)
    return _gen(iter(iterable), size)


def _seq(seq, size):
    for start in range(0, len(seq), size):
        yield list(seq[start:start + size])


def _gen(it, size):
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk
