# expect: time_limit_exceeded
# Calls .result() right after each submit(): every call is finished before
# the next one is submitted, so nothing runs in parallel (and calls that
# wait for each other never finish).
from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, max_workers: int) -> list:
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        return [executor.submit(func, item).result() for item in items]
