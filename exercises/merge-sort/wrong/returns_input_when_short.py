# expect: wrong_answer
# The base case returns the caller's own list: sorting an empty or
# one-item list gives back the very same object instead of a new list.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    if len(items) <= 1:
        return items
    key = key or (lambda item: item)
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
    return merged + left[i:] + right[j:]
