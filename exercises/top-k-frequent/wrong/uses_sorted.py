# expect: rule_violation
# Sorts all distinct values: O(d log d), and sorted() is forbidden here.
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    if k < 0:
        raise ValueError("k must not be negative")
    counts = Counter(items)
    return sorted(counts, key=lambda value: (-counts[value], value))[:k]
