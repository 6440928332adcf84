# expect: runtime_error
# Assumes a sequence: len() and slicing fail on iterators and generators.
def windows(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return (tuple(iterable[i:i + n]) for i in range(len(iterable) - n + 1))
