def fibonacci():
    """Yield the Fibonacci numbers 0, 1, 1, 2, 3, 5, ... forever."""
    current, following = 0, 1
    while True:
        yield current
        current, following = following, current + following
