# expect: wrong_answer
# asyncio.gather re-raises the first exception, but the other tasks keep
# running in the background: nothing cancels them.
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(factories)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, factory):
        async with semaphore:
            results[index] = await factory()

    await asyncio.gather(*(run(i, f) for i, f in enumerate(factories)))
    return results
