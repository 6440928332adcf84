# expect: wrong_answer
# Cancels the other tasks on failure but re-raises at once: cancel() only
# requests cancellation, so the cancelled jobs are still running when the
# exception reaches the caller.
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(factories)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, factory):
        async with semaphore:
            results[index] = await factory()

    tasks = [asyncio.create_task(run(i, f)) for i, f in enumerate(factories)]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        raise
    return results
