# expect: wrong_answer
# The size check sits inside the generator function, so it only runs on the
# first next(): chunked([1, 2, 3], 0) itself raises nothing.
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk
