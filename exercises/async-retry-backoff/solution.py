import asyncio


async def retry(op, attempts, base_delay, *, factor=2.0, max_delay=60.0,
                retry_on=(Exception,), jitter=None, sleep=asyncio.sleep):
    """Await op() up to `attempts` times, sleeping with exponential backoff between tries."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return await op()
        except asyncio.CancelledError:
            raise  # never retry a cancellation
        except retry_on:
            if attempt == attempts:
                raise  # out of attempts: the last exception propagates
        delay = min(max_delay, base_delay * factor ** (attempt - 1))
        await sleep(jitter(delay) if jitter is not None else delay)
