# expect: time_limit_exceeded
# The worker loop does not catch the handler's exception: the worker task
# dies, task_done() is never called for that item, and queue.join() waits
# forever.
import asyncio


async def run_workers(items: list, handler, workers: int) -> list:
    if workers < 1:
        raise ValueError("workers must be at least 1")
    queue = asyncio.Queue()
    for index, item in enumerate(items):
        queue.put_nowait((index, item))
    results = [None] * len(items)

    async def worker():
        while True:
            index, item = await queue.get()
            results[index] = await handler(item)
            queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    try:
        await queue.join()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results
