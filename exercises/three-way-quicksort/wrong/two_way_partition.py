# expect: time_limit_exceeded
# A careful two-way (Lomuto) quicksort: random pivot, recursion into the
# smaller part. But items equal to the pivot all land on one side, so a
# list with few distinct values takes quadratic time.
import random


def quicksort(items: list) -> None:
    lo, hi = 0, len(items) - 1
    _sort(items, lo, hi)


def _sort(a, lo, hi):
    while lo < hi:
        p = random.randint(lo, hi)
        a[p], a[hi] = a[hi], a[p]
        pivot = a[hi]
        store = lo
        for i in range(lo, hi):
            if a[i] < pivot:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        if store - lo < hi - store:
            _sort(a, lo, store - 1)
            lo = store + 1
        else:
            _sort(a, store + 1, hi)
            hi = store - 1
