# expect: runtime_error
# Recurses once per item with `yield from`: fine on short inputs, but a long
# input nests thousands of generators and hits the recursion limit.
def windows(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _windows(iter(iterable), n, ())


def _windows(iterator, n, window):
    for item in iterator:
        window = (window + (item,))[-n:]
        if len(window) == n:
            yield window
        yield from _windows(iterator, n, window)
        return
