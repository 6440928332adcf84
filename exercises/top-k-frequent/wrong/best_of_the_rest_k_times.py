# expect: time_limit_exceeded
# Picks the best remaining value k times with min() over all counts: right
# answer, but O(k * d).
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    if k < 0:
        raise ValueError("k must not be negative")
    counts = Counter(items)
    result = []
    for _ in range(min(k, len(counts))):
        best = min(counts, key=lambda value: (-counts[value], value))
        result.append(best)
        del counts[best]
    return result
