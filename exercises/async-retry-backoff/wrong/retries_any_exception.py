# expect: wrong_answer
# Catches every Exception and retries it, ignoring retry_on: a bug such as
# a ValueError is retried as if it were a network hiccup.
import asyncio


async def retry(op, attempts, base_delay, *, factor=2.0, max_delay=60.0,
                retry_on=(Exception,), jitter=None, sleep=asyncio.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return await op()
        except Exception:
            if attempt == attempts:
                raise
        delay = min(max_delay, base_delay * factor ** (attempt - 1))
        await sleep(jitter(delay) if jitter is not None else delay)
