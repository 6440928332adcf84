# expect: wrong_answer
# Does not check `attempts`: with 0 the loop never runs and the function
# quietly returns None without calling op at all.
import asyncio


async def retry(op, attempts, base_delay, *, factor=2.0, max_delay=60.0,
                retry_on=(Exception,), jitter=None, sleep=asyncio.sleep):
    for attempt in range(1, attempts + 1):
        try:
            return await op()
        except asyncio.CancelledError:
            raise
        except retry_on:
            if attempt == attempts:
                raise
        delay = min(max_delay, base_delay * factor ** (attempt - 1))
        await sleep(jitter(delay) if jitter is not None else delay)
