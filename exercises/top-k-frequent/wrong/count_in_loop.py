# expect: time_limit_exceeded
# Counts each distinct value with items.count(), a full scan per value:
# O(n * d).
import heapq


def top_k_frequent(items: list, k: int) -> list:
    if k < 0:
        raise ValueError("k must not be negative")
    counts = {}
    for value in items:
        if value not in counts:
            counts[value] = items.count(value)
    return heapq.nsmallest(k, counts, key=lambda value: (-counts[value], value))
