def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    """Return a new list with the items of `items` in order, like sorted().

    A top-down merge sort on (key, item) pairs, so that key is called once
    per item. The merge takes from the right half only when its key comes
    strictly before the left one's, which keeps equal items in their original
    order in both directions.
    """
    if key is None:
        pairs = [(item, item) for item in items]
    else:
        pairs = [(key(item), item) for item in items]
    return [item for _, item in _sort(pairs, reverse)]


def _sort(pairs: list, reverse: bool) -> list:
    if len(pairs) <= 1:
        return pairs
    middle = len(pairs) // 2
    return _merge(_sort(pairs[:middle], reverse), _sort(pairs[middle:], reverse), reverse)


def _merge(left: list, right: list, reverse: bool) -> list:
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if reverse:
            right_first = left[i][0] < right[j][0]
        else:
            right_first = right[j][0] < left[i][0]
        if right_first:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
