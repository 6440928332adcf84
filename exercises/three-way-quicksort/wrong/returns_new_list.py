# expect: wrong_answer
# The list-comprehension quicksort: returns a new sorted list and leaves the
# caller's list as it was.
def quicksort(items: list) -> None:
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    greater = [x for x in items if pivot < x]
    return quicksort(less) + equal + quicksort(greater)
