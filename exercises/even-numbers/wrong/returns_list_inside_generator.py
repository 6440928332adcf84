# expect: wrong_answer
# Returns a list for the limited case, but the function is a generator:
# `return value` only ends it, so list(evens(10)) is empty.
def evens(limit=None):
    if limit is not None:
        return [n for n in range(0, limit + 1, 2)]
    n = 0
    while True:
        yield n
        n += 2
