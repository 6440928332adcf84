# expect: wrong_answer
# Appends a value every time it is seen again, so a value that occurs three
# times is reported twice.
def find_duplicates(numbers: list) -> list:
    seen = set()
    duplicates = []
    for number in numbers:
        if number in seen:
            duplicates.append(number)
        else:
            seen.add(number)
    return duplicates
