# expect: runtime_error
# Preallocates the result lists with len(source): a source that is a
# generator has no len() (TypeError).
import queue
import threading

_STOP = object()


def run_pipeline(sources: list, consume, consumers: int) -> list:
    if consumers < 1:
        raise ValueError("consumers must be at least 1")
    work = queue.Queue()
    results = [[None] * len(source) for source in sources]
    failures = []
    failures_lock = threading.Lock()

    def produce(index, source):
        for position, item in enumerate(source):
            work.put((index, position, item))

    def consumer():
        while (task := work.get()) is not _STOP:
            index, position, item = task
            try:
                results[index][position] = consume(item)
            except Exception as error:
                with failures_lock:
                    failures.append((index, position, error))

    producers = [threading.Thread(target=produce, args=pair) for pair in enumerate(sources)]
    workers = [threading.Thread(target=consumer) for _ in range(consumers)]
    for thread in producers + workers:
        thread.start()
    for thread in producers:
        thread.join()
    for _ in workers:
        work.put(_STOP)
    for thread in workers:
        thread.join()
    if failures:
        raise min(failures, key=lambda failure: failure[:2])[2]
    return results
