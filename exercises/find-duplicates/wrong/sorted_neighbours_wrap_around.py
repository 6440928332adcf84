# expect: wrong_answer
# Sorts a copy and compares each item with the one before it, starting at
# index 0: ordered[-1] is the last item, so a single number is reported as
# its own duplicate.
def find_duplicates(numbers: list) -> list:
    ordered = sorted(numbers)
    duplicates = set()
    for i in range(len(ordered)):
        if ordered[i] == ordered[i - 1]:
            duplicates.add(ordered[i])
    return list(duplicates)
