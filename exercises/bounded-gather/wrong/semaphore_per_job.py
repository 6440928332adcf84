# expect: wrong_answer
# Creates a new Semaphore inside every job, so each job has a semaphore of
# its own and nothing limits how many run at once (limit 0 is not rejected
# either).
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    async def run(factory):
        async with asyncio.Semaphore(limit):
            return await factory()

    tasks = [asyncio.create_task(run(f)) for f in factories]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
