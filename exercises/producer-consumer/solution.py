import queue
import threading

_STOP = object()  # the stop signal: unlike None, it cannot be a real item


def run_pipeline(sources: list, consume, consumers: int) -> list:
    """One producer thread per source and `consumers` consumer threads sharing a queue.

    Returns results[i][j] == consume(j-th item of sources[i]).
    """
    if consumers < 1:
        raise ValueError("consumers must be at least 1")
    work = queue.Queue()
    counts = [0] * len(sources)  # items produced by each source
    outcomes = {}  # (source, position) -> (succeeded, result or exception)
    outcomes_lock = threading.Lock()

    def produce(index, source):
        position = 0
        for item in source:
            work.put((index, position, item))
            position += 1
        counts[index] = position

    def consumer():
        while (task := work.get()) is not _STOP:
            index, position, item = task
            try:
                outcome = (True, consume(item))
            except Exception as error:
                outcome = (False, error)
            with outcomes_lock:
                outcomes[index, position] = outcome

    producers = [threading.Thread(target=produce, args=pair) for pair in enumerate(sources)]
    workers = [threading.Thread(target=consumer) for _ in range(consumers)]
    for thread in producers + workers:
        thread.start()
    for thread in producers:
        thread.join()
    for _ in workers:  # every item is queued by now: one stop signal per consumer
        work.put(_STOP)
    for thread in workers:
        thread.join()

    results = []
    for index, count in enumerate(counts):
        row = []
        for position in range(count):
            succeeded, value = outcomes[index, position]
            if not succeeded:
                raise value
            row.append(value)
        results.append(row)
    return results
