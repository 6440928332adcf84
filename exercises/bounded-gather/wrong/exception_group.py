# expect: wrong_answer
# A TaskGroup cancels the other jobs correctly, but it wraps the failure in
# an ExceptionGroup instead of raising the job's own exception.
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(factories)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, factory):
        async with semaphore:
            results[index] = await factory()

    async with asyncio.TaskGroup() as group:
        for i, f in enumerate(factories):
            group.create_task(run(i, f))
    return results
