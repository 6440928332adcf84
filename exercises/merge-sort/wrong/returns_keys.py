# expect: wrong_answer
# Sorts the keys instead of the items: with a key function the result holds
# key(item) values rather than the original items.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    if key is not None:
        items = [key(item) for item in items]
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left = merge_sort(items[:middle], reverse=reverse)
    right = merge_sort(items[middle:], reverse=reverse)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if (left[i] < right[j]) if reverse else (right[j] < left[i]):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]
