# expect: wrong_answer
# The second search finds the first position *after* the run and returns it
# as the last index, forgetting to subtract one.
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
    if first == len(items) or key(items[first]) != target:
        return (-1, -1)
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if target < key(items[mid]):
            hi = mid
        else:
            lo = mid + 1
    return (first, lo)
