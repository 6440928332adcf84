# expect: wrong_answer
# Returns the two insertion points without checking that the target is
# there, so an absent value gives (p, p - 1) instead of (-1, -1).
def search_range(items, target, *, key=None) -> tuple:
    if key is None:
        key = lambda item: item
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(items[mid]) < target:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if target < key(items[mid]):
            hi = mid
        else:
            lo = mid + 1
    if not items:
        return (-1, -1)
    return (first, lo - 1)
