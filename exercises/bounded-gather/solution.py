import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    """Run the jobs made by `factories`, at most `limit` at a time.

    Returns the results in the order of `factories`. The first exception
    cancels every unfinished job and is re-raised once they have finished.
    """
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
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return results
