def find_duplicates(numbers: list) -> list:
    """Return every value that occurs in numbers more than once, each once."""
    seen = set()
    duplicates = set()
    for number in numbers:
        if number in seen:
            duplicates.add(number)
        else:
            seen.add(number)
    return list(duplicates)
