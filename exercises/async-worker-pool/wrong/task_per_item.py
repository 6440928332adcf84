# expect: time_limit_exceeded
# Not a worker pool: one task per item, limited by a semaphore. The number of
# handlers at once is right, but every item runs in a task of its own (and
# workers=0 is not rejected: every task waits forever).
import asyncio


async def run_workers(items: list, handler, workers: int) -> list:
    semaphore = asyncio.Semaphore(workers)
    results = [None] * len(items)

    async def run(index, item):
        async with semaphore:
            try:
                results[index] = await handler(item)
            except Exception as error:
                results[index] = error

    tasks = [asyncio.create_task(run(i, item)) for i, item in enumerate(items)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results
