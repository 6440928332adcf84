# expect: wrong_answer
# Does not catch the exception of consume(): it kills the consumer thread
# (Python only prints it), the item has no result, and run_pipeline returns
# as if nothing had happened.
import queue
import threading

_STOP = object()


def run_pipeline(sources: list, consume, consumers: int) -> list:
    if consumers < 1:
        raise ValueError("consumers must be at least 1")
    work = queue.Queue()
    rows = [[] for _ in sources]
    rows_lock = threading.Lock()

    def produce(index, source):
        for position, item in enumerate(source):
            work.put((index, position, item))

    def consumer():
        while (task := work.get()) is not _STOP:
            index, position, item = task
            result = consume(item)
            with rows_lock:
                rows[index].append((position, result))

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
    return [[result for _, result in sorted(row, key=lambda pair: pair[0])] for row in rows]
