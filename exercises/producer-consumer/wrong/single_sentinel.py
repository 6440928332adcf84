# expect: time_limit_exceeded
# Puts a single stop signal in the queue: one consumer takes it and exits,
# the others wait in get() forever, and joining them never returns.
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
    workers = [threading.Thread(target=consumer) for _ in range(consumers)]
    for thread in producers + workers:
        thread.start()
    for thread in producers:
        thread.join()
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
