# expect: wrong_answer
# Ranks by (count, value) with nlargest: the count part is right, but on a
# tie the larger value wins.
import heapq
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    if k < 0:
        raise ValueError("k must not be negative")
    counts = Counter(items)
    return heapq.nlargest(k, counts, key=lambda value: (counts[value], value))
