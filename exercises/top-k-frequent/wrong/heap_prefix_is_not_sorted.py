# expect: wrong_answer
# Heapifies all (-count, value) pairs and takes the first k list entries,
# as if a heap were a sorted list: only heap[0] is guaranteed to be the best.
import heapq
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    if k < 0:
        raise ValueError("k must not be negative")
    heap = [(-count, value) for value, count in Counter(items).items()]
    heapq.heapify(heap)
    return [value for _, value in heap[:k]]
