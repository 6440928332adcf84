# expect: wrong_answer
# Calls sleep(delay) without `await`: that only creates a coroutine object
# and throws it away, so there is no pause between the attempts at all.
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
        delay = min(max_delay, base_delay * factor ** (attempt - 1))
        sleep(jitter(delay) if jitter is not None else delay)
