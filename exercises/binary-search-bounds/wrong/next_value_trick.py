# expect: runtime_error
# Finds the end of the run as "where target + 1 would go" minus one. That
# only works for integers: strings raise TypeError, and for floats there
# are values between target and target + 1.
def search_range(items, target, *, key=None) -> tuple:
    if key is None:
        key = lambda item: item

    def lower_bound(value):
        lo, hi = 0, len(items)
        while lo < hi:
            mid = (lo + hi) // 2
            if key(items[mid]) < value:
                lo = mid + 1
            else:
                hi = mid
        return lo

    first = lower_bound(target)
    if first == len(items) or key(items[first]) != target:
        return (-1, -1)
    return (first, lower_bound(target + 1) - 1)
