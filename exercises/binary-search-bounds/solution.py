def search_range(items, target, *, key=None) -> tuple:
    """Return (first, last): the inclusive bounds of target in sorted items.

    Two binary searches, O(log n): the first position whose key is not less
    than target, and the first position whose key is greater than target.
    """
    if key is None:
        def key(item):
            return item

    lo, hi = 0, len(items)
    while lo < hi:                      # first key >= target
        mid = (lo + hi) // 2
        if key(items[mid]) < target:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    if first == len(items) or key(items[first]) != target:
        return (-1, -1)

    hi = len(items)
    while lo < hi:                      # first key > target
        mid = (lo + hi) // 2
        if target < key(items[mid]):
            hi = mid
        else:
            lo = mid + 1
    return (first, lo - 1)
