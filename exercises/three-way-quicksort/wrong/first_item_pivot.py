# expect: time_limit_exceeded
# Three-way partition, but the pivot is always the first item of the range:
# on a list that is already sorted every partition peels off one item, so
# the sort is quadratic (and recurses n levels deep).
def quicksort(items: list) -> None:
    _sort(items, 0, len(items) - 1)


def _sort(a, lo, hi):
    if lo >= hi:
        return
    pivot = a[lo]
    lt, i, gt = lo, lo, hi
    while i <= gt:
        if a[i] < pivot:
            a[lt], a[i] = a[i], a[lt]
            lt += 1
            i += 1
        elif pivot < a[i]:
            a[gt], a[i] = a[i], a[gt]
            gt -= 1
        else:
            i += 1
    _sort(a, lo, lt - 1)
    _sort(a, gt + 1, hi)
