# expect: wrong_answer
# Sleeps after every failure, including the last one, and only then gives
# up: one useless delay at the end.
import asyncio


async def retry(op, attempts, base_delay, *, factor=2.0, max_delay=60.0,
                retry_on=(Exception,), jitter=None, sleep=asyncio.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    delay = base_delay
    last_error = None
    for _ in range(attempts):
        try:
            return await op()
        except asyncio.CancelledError:
            raise
        except retry_on as error:
            last_error = error
        capped = min(max_delay, delay)
        await sleep(jitter(capped) if jitter is not None else capped)
        delay *= factor
    raise last_error
