# expect: wrong_answer
# Waits for queue.join() and returns, but the `while True` workers are still
# blocked in queue.get(): they are never cancelled and are left pending.
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

    for _ in range(workers):
        asyncio.create_task(worker())
    await queue.join()
    return results
