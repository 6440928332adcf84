# expect: runtime_error
# Implements reverse=True by sorting on the negated key. Stable, and right
# for numbers, but strings cannot be negated: TypeError.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    base = key or (lambda item: item)
    if reverse:
        sort_key = lambda item: -base(item)
    else:
        sort_key = base
    return _sort(list(items), sort_key)


def _sort(items, key):
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left, right = _sort(items[:middle], key), _sort(items[middle:], key)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]
