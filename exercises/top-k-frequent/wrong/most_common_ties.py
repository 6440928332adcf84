# expect: wrong_answer
# Counter.most_common(k) is O(n log k) too, but it breaks ties by first
# occurrence in the input, not by the smaller value.
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    if k < 0:
        raise ValueError("k must not be negative")
    return [value for value, _ in Counter(items).most_common(k)]
