# expect: time_limit_exceeded
# Runs the producers to the end before starting any consumer. It works while
# producing never depends on consuming, but a producer that waits until its
# earlier items have been consumed now waits forever.
import queue
import threading

_STOP = object()


def run_pipeline(sources: list, consume, consumers: int) -> list:
    if consumers < 1:
        raise ValueError("consumers must be at least 1")
    work = queue.Queue()
    counts = [0] * len(sources)
    outcomes = {}
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
    for thread in producers:
        thread.start()
    for thread in producers:
        thread.join()
    workers = [threading.Thread(target=consumer) for _ in range(consumers)]
    for thread in workers:
        thread.start()
    for _ in workers:
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
