# expect: rule_violation
# Sorts a copy with sorted() and copies it back: sorted() is forbidden.
def quicksort(items: list) -> None:
    items[:] = sorted(items)
