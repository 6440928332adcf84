# expect: wrong_answer
# The textbook array version: merges back into the caller's list and
# returns it, so the input is modified and no new list is made.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    key = key or (lambda item: item)
    _sort(items, 0, len(items), key, reverse)
    return items


def _sort(a, lo, hi, key, reverse):
    if hi - lo <= 1:
        return
    mid = (lo + hi) // 2
    _sort(a, lo, mid, key, reverse)
    _sort(a, mid, hi, key, reverse)
    left, right = a[lo:mid], a[mid:hi]
    i = j = 0
    k = lo
    while i < len(left) and j < len(right):
        x, y = key(left[i]), key(right[j])
        if (x < y) if reverse else (y < x):
            a[k] = right[j]
            j += 1
        else:
            a[k] = left[i]
            i += 1
        k += 1
    for item in left[i:] + right[j:]:
        a[k] = item
        k += 1
