from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, max_workers: int) -> list:
    """[func(x) for x in items], computed in at most `max_workers` threads."""
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        # map() yields the results in input order and re-raises the first
        # exception in that order; leaving the `with` block waits for every
        # call that has started.
        return list(executor.map(func, items))
