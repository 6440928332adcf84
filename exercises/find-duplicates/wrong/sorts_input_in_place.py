# expect: wrong_answer
# Finds the right values, but sorts the caller's list in place.
def find_duplicates(numbers: list) -> list:
    numbers.sort()
    duplicates = []
    for previous, current in zip(numbers, numbers[1:]):
        if previous == current and (not duplicates or duplicates[-1] != current):
            duplicates.append(current)
    return duplicates
