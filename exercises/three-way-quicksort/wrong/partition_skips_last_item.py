# expect: wrong_answer
# The partition loop runs `while i < gt`, so the item at gt is never looked
# at and may be left on the wrong side of the pivot.
def quicksort(items: list) -> None:
    _sort(items, 0, len(items) - 1)


def _sort(a, lo, hi):
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        lt, i, gt = lo, lo, hi
        while i < gt:
            if a[i] < pivot:
                a[lt], a[i] = a[i], a[lt]
                lt += 1
                i += 1
            elif pivot < a[i]:
                a[gt], a[i] = a[i], a[gt]
                gt -= 1
            else:
                i += 1
        if lt - lo < hi - gt:
            _sort(a, lo, lt - 1)
            lo = gt + 1
        else:
            _sort(a, gt + 1, hi)
            hi = lt - 1
