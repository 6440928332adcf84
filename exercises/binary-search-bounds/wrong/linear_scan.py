# expect: time_limit_exceeded
# Correct answers, but walks the sequence from the start: O(n) per search
# (it stops early once it has passed the target, which does not save it).
def search_range(items, target, *, key=None) -> tuple:
    first = last = -1
    for i in range(len(items)):
        k = items[i] if key is None else key(items[i])
        if k == target:
            if first == -1:
                first = i
            last = i
        elif target < k:
            break
    return (first, last)
