# expect: wrong_answer
# Collects the results with as_completed() and finds each one's place with
# items.index(item): equal items all map to the first one's position, so
# the later copies' places stay None.
from concurrent.futures import ThreadPoolExecutor, as_completed


def parallel_map(func, items, max_workers: int) -> list:
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    items = list(items)
    results = [None] * len(items)
    errors = {}
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        future_items = {executor.submit(func, item): item for item in items}
        for future in as_completed(future_items):
            index = items.index(future_items[future])
            try:
                results[index] = future.result()
            except Exception as error:
                errors[index] = error
    if errors:
        raise errors[min(errors)]
    return results
