# expect: wrong_answer
# The workers share the caller's list and pop() items off its end: items are
# taken last first, and the caller's list is emptied.
import asyncio


async def run_workers(items: list, handler, workers: int) -> list:
    if workers < 1:
        raise ValueError("workers must be at least 1")
    results = [None] * len(items)

    async def worker():
        while items:
            index = len(items) - 1
            item = items.pop()
            try:
                results[index] = await handler(item)
            except Exception as error:
                results[index] = error

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results
