# expect: wrong_answer
# Sorts in ascending order (stably) and reverses the result for
# reverse=True, which also reverses the order of items with equal keys.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    result = _sort(list(items), key or (lambda item: item))
    if reverse:
        result.reverse()
    return result


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
