# expect: wrong_answer
# `if not limit` mistakes limit=0 for "no limit", so evens(0) never stops.
def evens(limit=None):
    if not limit:
        limit = float("inf")
    n = 0
    while n <= limit:
        yield n
        n += 2
