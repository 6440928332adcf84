# expect: wrong_answer
# Starts the jobs from a loop in gather_limited itself and calls each factory
# there, outside any try: a factory that raises when called propagates at
# once and leaves the jobs already started running, never cancelled.
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(factories)
    semaphore = asyncio.Semaphore(limit)
    tasks = []

    async def run(index, coro):
        try:
            results[index] = await coro
        finally:
            semaphore.release()

    for index, factory in enumerate(factories):
        await semaphore.acquire()
        if any(t.done() and not t.cancelled() and t.exception() for t in tasks):
            semaphore.release()
            break
        tasks.append(asyncio.create_task(run(index, factory())))
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return results
