# expect: time_limit_exceeded
# Correct, but numbers.count() scans the whole list for every element: O(n^2).
def find_duplicates(numbers: list) -> list:
    duplicates = []
    for number in numbers:
        if number not in duplicates and numbers.count(number) > 1:
            duplicates.append(number)
    return duplicates
