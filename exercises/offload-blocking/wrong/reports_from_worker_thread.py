# expect: wrong_answer
# Runs the job in a thread, but gives it on_progress itself as `report`:
# on_progress is then called in the worker thread, not in the event loop.
import asyncio


async def run_with_progress(job, on_progress):
    return await asyncio.to_thread(job, on_progress)
