# expect: runtime_error
# Uses float("inf") as the default limit instead of None, so evens(None)
# compares an int with None and raises TypeError.
def evens(limit=float("inf")):
    n = 0
    while n <= limit:
        yield n
        n += 2
