# expect: runtime_error
# Assumes a sequence: len() and slicing fail on generators and iterators.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return (list(iterable[i:i + size]) for i in range(0, len(iterable), size))
