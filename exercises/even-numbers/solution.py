def evens(limit=None):
    """Yield 0, 2, 4, ... up to and including `limit`, or forever if it is None."""
    n = 0
    while limit is None or n <= limit:
        yield n
        n += 2
