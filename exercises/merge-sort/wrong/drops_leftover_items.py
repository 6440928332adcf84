# expect: wrong_answer
# When one half runs out, copies the rest of the left half but forgets the
# rest of the right half, so items are lost.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    key = key or (lambda item: item)
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left = merge_sort(items[:middle], key=key, reverse=reverse)
    right = merge_sort(items[middle:], key=key, reverse=reverse)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        a, b = key(left[i]), key(right[j])
        if (a < b) if reverse else (b < a):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    return merged
