# expect: wrong_answer
# Treats the limit like range()'s stop: an even limit is left out.
def evens(limit=None):
    n = 0
    while limit is None or n < limit:
        yield n
        n += 2
