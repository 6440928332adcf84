# expect: wrong_answer
# Appends each result when its job finishes: the list comes back in
# completion order instead of input order.
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    semaphore = asyncio.Semaphore(limit)

    async def run(factory):
        async with semaphore:
            results.append(await factory())

    tasks = [asyncio.create_task(run(f)) for f in factories]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return results
