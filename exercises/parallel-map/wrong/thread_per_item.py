# expect: wrong_answer
# Ignores max_workers and starts one thread per item: fine for five items,
# a disaster for fifty thousand.
import threading


def parallel_map(func, items, max_workers: int) -> list:
    items = list(items)
    outcomes = [None] * len(items)

    def run(index, item):
        try:
            outcomes[index] = (True, func(item))
        except Exception as error:
            outcomes[index] = (False, error)

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(items)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results = []
    for succeeded, value in outcomes:
        if not succeeded:
            raise value
        results.append(value)
    return results
