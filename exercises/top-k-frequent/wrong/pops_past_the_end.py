# expect: runtime_error
# Pops k times from a heap of all distinct values without checking how many
# there are: IndexError when k exceeds the number of distinct values.
import heapq
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    if k < 0:
        raise ValueError("k must not be negative")
    heap = [(-count, value) for value, count in Counter(items).items()]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(k)]
