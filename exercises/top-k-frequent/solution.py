import heapq
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    """Return the k most frequent values, most frequent first.

    Equal counts are ordered by value, smaller first. Counting is O(n) and
    heapq.nsmallest keeps a heap of at most k candidates: O(n log k).
    """
    if k < 0:
        raise ValueError("k must not be negative")
    counts = Counter(items)
    return heapq.nsmallest(k, counts, key=lambda value: (-counts[value], value))
