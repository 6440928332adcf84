# expect: wrong_answer
# Calls every factory at once to get all the coroutines up front and only
# limits how many are awaited: the factories run before their jobs' turn
# (and a factory that opens a connection opens them all).
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    coroutines = [factory() for factory in factories]

    async def run(coroutine):
        async with semaphore:
            return await coroutine

    tasks = [asyncio.create_task(run(c)) for c in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
