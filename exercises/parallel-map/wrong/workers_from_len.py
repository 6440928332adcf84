# expect: runtime_error
# Sizes the pool with min(max_workers, len(items)): a generator has no len(),
# and for an empty list ThreadPoolExecutor(0) raises ValueError.
from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, max_workers: int) -> list:
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    with ThreadPoolExecutor(max_workers=min(max_workers, len(items))) as executor:
        return list(executor.map(func, items))
