# expect: wrong_answer
# Runs the jobs in batches of `limit`: the next batch starts only when the
# whole previous batch has finished, so a free slot is not reused at once.
import asyncio


async def gather_limited(factories: list, limit: int) -> list:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for start in range(0, len(factories), limit):
        batch = [asyncio.create_task(f()) for f in factories[start:start + limit]]
        try:
            results.extend(await asyncio.gather(*batch))
        except BaseException:
            for task in batch:
                task.cancel()
            await asyncio.gather(*batch, return_exceptions=True)
            raise
    return results
