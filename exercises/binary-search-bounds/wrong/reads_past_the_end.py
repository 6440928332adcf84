# expect: runtime_error
# Checks the item at the first search's position without making sure the
# position is inside the sequence: IndexError when the target is greater
# than every item (or the sequence is empty).
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
    if key(items[first]) != target:
        return (-1, -1)
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if target < key(items[mid]):
            hi = mid
        else:
            lo = mid + 1
    return (first, lo - 1)
