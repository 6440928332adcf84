# expect: wrong_answer
# On equal keys the merge takes the item from the right half first, so
# items with equal keys come out in a different order than they went in.
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
        if (b < a) if reverse else (a < b):
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
