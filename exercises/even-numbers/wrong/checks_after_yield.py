# expect: wrong_answer
# Checks the limit only after yielding, so a negative limit still yields 0.
def evens(limit=None):
    n = 0
    while True:
        yield n
        n += 2
        if limit is not None and n > limit:
            return
