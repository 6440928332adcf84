# expect: wrong_answer
# Applies the jitter first and caps afterwards: jitter sees the uncapped
# delay, and a jitter that adds time is cut off by the cap.
import asyncio


async def retry(op, attempts, base_delay, *, factor=2.0, max_delay=60.0,
                retry_on=(Exception,), jitter=None, sleep=asyncio.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return await op()
        except asyncio.CancelledError:
            raise
        except retry_on:
            if attempt == attempts:
                raise
        delay = base_delay * factor ** (attempt - 1)
        if jitter is not None:
            delay = jitter(delay)
        await sleep(min(max_delay, delay))
