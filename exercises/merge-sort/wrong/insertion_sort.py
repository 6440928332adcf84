# expect: time_limit_exceeded
# A correct, stable insertion sort: O(n^2), far too slow for tens of
# thousands of items.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    key = key or (lambda item: item)
    result = []
    keys = []
    for item in items:
        k = key(item)
        i = len(result)
        while i > 0 and ((keys[i - 1] < k) if reverse else (k < keys[i - 1])):
            i -= 1
        result.insert(i, item)
        keys.insert(i, k)
    return result
