# expect: runtime_error
# Collects all numbers up to the limit in a list before yielding the first one,
# and fakes "no limit" with a big cap. Not lazy, and not endless either.
def evens(limit=None):
    if limit is None:
        limit = 10**6
    numbers = []
    n = 0
    while n <= limit:
        numbers.append(n)
        n += 2
    yield from numbers
