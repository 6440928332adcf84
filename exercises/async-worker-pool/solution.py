import asyncio


async def run_workers(items: list, handler, workers: int) -> list:
    """Process `items` with `handler` in `workers` worker tasks sharing a queue.

    Returns one entry per item, in input order: the handler's result, or the
    exception it raised for that item.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    queue = asyncio.Queue()
    for index, item in enumerate(items):
        queue.put_nowait((index, item))
    results = [None] * len(items)

    async def worker():
        while True:
            try:
                index, item = queue.get_nowait()
            except asyncio.QueueEmpty:
                return  # nothing left: this worker is done
            try:
                results[index] = await handler(item)
            except Exception as error:
                results[index] = error

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    try:
        await asyncio.gather(*tasks)
    finally:
        # Normally every worker has returned by now; if we were cancelled,
        # stop them and wait until they have really finished.
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results
