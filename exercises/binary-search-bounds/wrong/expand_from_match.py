# expect: time_limit_exceeded
# Binary search finds some match, then steps outwards one item at a time to
# find the edges of the run: O(length of the run), O(n) when a value repeats.
def search_range(items, target, *, key=None) -> tuple:
    if key is None:
        key = lambda item: item
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        k = key(items[mid])
        if k == target:
            first = last = mid
            while first > 0 and key(items[first - 1]) == target:
                first -= 1
            while last < len(items) - 1 and key(items[last + 1]) == target:
                last += 1
            return (first, last)
        if k < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return (-1, -1)
