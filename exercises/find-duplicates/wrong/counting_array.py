# expect: runtime_error
# Counting array indexed by value: max() of an empty list raises ValueError
# (and negative values would index from the end).
def find_duplicates(numbers: list) -> list:
    counts = [0] * (max(numbers) + 1)
    for number in numbers:
        counts[number] += 1
    return [value for value, count in enumerate(counts) if count > 1]
