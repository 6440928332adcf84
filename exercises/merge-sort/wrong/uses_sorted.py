# expect: rule_violation
# Right answer, wrong exercise: sorted() is forbidden.
def merge_sort(items: list, *, key=None, reverse: bool = False) -> list:
    return sorted(items, key=key, reverse=reverse)
