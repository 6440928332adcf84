# expect: wrong_answer
# Waits with asyncio.wait(..., FIRST_EXCEPTION) and cleans up only when a job
# fails. asyncio.wait does not cancel the tasks it waits for, so when the
# caller itself is cancelled, every job keeps running after gather_limited
# has gone.
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
    if not tasks:
        return results
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    failed = [t for t in tasks if t in done and t.exception() is not None]
    if failed:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        raise failed[0].exception()
    return results
