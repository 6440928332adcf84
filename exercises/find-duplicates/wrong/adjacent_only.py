# expect: wrong_answer
# Compares each number only with its neighbour, as if the list were sorted:
# repeats that are not next to each other are missed.
def find_duplicates(numbers: list) -> list:
    duplicates = set()
    for previous, current in zip(numbers, numbers[1:]):
        if previous == current:
            duplicates.add(current)
    return list(duplicates)
