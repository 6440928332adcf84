# expect: wrong_answer
# Right ranking, but no check of k: heapq.nsmallest with a negative k
# quietly returns [] instead of raising ValueError.
import heapq
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    counts = Counter(items)
    return heapq.nsmallest(k, counts, key=lambda value: (-counts[value], value))
