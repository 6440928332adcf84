# expect: wrong_answer
# Skips falsy numbers, so a repeated 0 is never reported.
def find_duplicates(numbers: list) -> list:
    seen = set()
    duplicates = set()
    for n in numbers:
        if n and n in seen:
            duplicates.add(n)
        else:
            seen.add(n)
    return list(duplicates)
