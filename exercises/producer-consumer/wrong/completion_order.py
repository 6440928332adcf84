# expect: wrong_answer
# Appends each result to its source's list when it is ready: the list is in
# the order the items finished, not the order the source produced them.
import queue
import threading

_STOP = object()


def run_pipeline(sources: list, consume, consumers: int) -> list:
    if consumers < 1:
        raise ValueError("consumers must be at least 1")
    work = queue.Queue()
    rows = [[] for _ in sources]
    failures = []
    rows_lock = threading.Lock()

    def produce(index, source):
        for position, item in enumerate(source):
            work.put((index, position, item))

    def consumer():
        while (task := work.get()) is not _STOP:
            index, position, item = task
            try:
                result = consume(item)
            except Exception as error:
                with rows_lock:
                    failures.append((index, position, error))
                continue
            with rows_lock:
                rows[index].append(result)

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
    return rows
