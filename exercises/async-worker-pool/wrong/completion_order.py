# expect: wrong_answer
# Appends each result when its item is done, so the results come back in
# completion order instead of input order.
import asyncio


async def run_workers(items: list, handler, workers: int) -> list:
    if workers < 1:
        raise ValueError("workers must be at least 1")
    queue = asyncio.Queue()
    for item in items:
        queue.put_nowait(item)
    results = []

    async def worker():
        while True:
            try:
                item = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                results.append(await handler(item))
            except Exception as error:
                results.append(error)

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results
