# expect: runtime_error
# Looks the loop up inside report(), which runs in the worker thread:
# asyncio.get_event_loop() there raises RuntimeError (no event loop in that
# thread). Capture the running loop in the coroutine instead.
import asyncio


async def run_with_progress(job, on_progress):
    def report(value):
        asyncio.get_event_loop().call_soon_threadsafe(on_progress, value)

    return await asyncio.to_thread(job, report)
