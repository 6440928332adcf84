# expect: runtime_error
# Applies key to the target as well as to the items. The target is already
# a key: for records this raises TypeError, for other keys it finds the
# wrong run.
def search_range(items, target, *, key=None) -> tuple:
    if key is None:
        key = lambda item: item
    target = key(target)
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
    return (first, lo - 1)
