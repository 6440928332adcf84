def make_counter(start=0, step=1):
    """Return a function that yields start, start + step, ... on successive
    calls; its `reset()` attribute starts the count over."""
    if step == 0:
        raise ValueError("step must not be 0")
    current = start

    def counter():
        nonlocal current
        value = current
        current += step
        return value

    def reset():
        nonlocal current
        current = start

    counter.reset = reset
    return counter
