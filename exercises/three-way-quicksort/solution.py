import random


def quicksort(items: list) -> None:
    """Sort items in place in ascending order (three-way quicksort)."""
    _sort(items, 0, len(items) - 1)


def _sort(a: list, lo: int, hi: int) -> None:
    # Sorts a[lo:hi + 1]. Recurses into the smaller part and loops on the
    # larger one, so the recursion depth stays O(log n).
    while lo < hi:
        pivot = a[random.randint(lo, hi)]
        # Dijkstra's partition: a[lo:lt] < pivot, a[lt:i] == pivot,
        # a[i:gt + 1] not yet seen, a[gt + 1:hi + 1] > pivot.
        lt, i, gt = lo, lo, hi
        while i <= gt:
            x = a[i]
            if x < pivot:
                a[lt], a[i] = x, a[lt]
                lt += 1
                i += 1
            elif pivot < x:
                a[gt], a[i] = x, a[gt]
                gt -= 1
            else:
                i += 1
        if lt - lo < hi - gt:
            _sort(a, lo, lt - 1)
            lo = gt + 1
        else:
            _sort(a, gt + 1, hi)
            hi = lt - 1
