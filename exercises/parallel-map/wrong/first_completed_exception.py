# expect: wrong_answer
# Puts every result in its place, but walks the futures with as_completed():
# the exception that is re-raised is the first one to *happen*, not the one
# of the earliest failing item.
from concurrent.futures import ThreadPoolExecutor, as_completed


def parallel_map(func, items, max_workers: int) -> list:
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        futures = {executor.submit(func, item): i for i, item in enumerate(items)}
        results = [None] * len(futures)
        for future in as_completed(futures):
            results[futures[future]] = future.result()
        return results
