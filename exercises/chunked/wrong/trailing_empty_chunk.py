# expect: wrong_answer
# Yields before checking whether the chunk is empty: an extra [] at the end
# whenever the input length is a multiple of size.
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(iterator, size):
    while True:
        chunk = list(islice(iterator, size))
        yield chunk
        if len(chunk) < size:
            return
