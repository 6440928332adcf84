# expect: time_limit_exceeded
# Keeps the duplicates found in a list and checks `n not in duplicates`:
# O(n*k), too slow when many values repeat.
def find_duplicates(numbers: list) -> list:
    seen = set()
    duplicates = []
    for n in numbers:
        if n in seen:
            if n not in duplicates:
                duplicates.append(n)
        else:
            seen.add(n)
    return duplicates
