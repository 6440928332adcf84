# expect: wrong_answer
# Stops the workers after a normal run, but not when run_workers itself is
# cancelled: the cleanup is not in a `finally`, so the workers keep running.
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
            try:
                results[index] = await handler(item)
            except Exception as error:
                results[index] = error
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results
