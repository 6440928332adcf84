# expect: runtime_error
# Passes job(report), the *result* of calling the job, to run_in_executor:
# the job runs right here in the event loop's thread, blocking it, and then
# the executor is asked to call the job's result (TypeError: not callable).
import asyncio


async def run_with_progress(job, on_progress):
    loop = asyncio.get_running_loop()

    def report(value):
        loop.call_soon_threadsafe(on_progress, value)

    return await loop.run_in_executor(None, job(report))
