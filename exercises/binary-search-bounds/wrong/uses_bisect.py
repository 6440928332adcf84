# expect: rule_violation
# Correct and fast, but uses the bisect module, which the exercise forbids.
from bisect import bisect_left, bisect_right


def search_range(items, target, *, key=None) -> tuple:
    first = bisect_left(items, target, key=key)
    if first == len(items) or (items[first] if key is None else key(items[first])) != target:
        return (-1, -1)
    return (first, bisect_right(items, target, key=key) - 1)
