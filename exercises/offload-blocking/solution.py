import asyncio


async def run_with_progress(job, on_progress):
    """Run the blocking `job` in a worker thread; deliver its progress in the loop."""
    loop = asyncio.get_running_loop()

    def report(value):
        # Called in the worker thread: hand the call over to the event loop.
        loop.call_soon_threadsafe(on_progress, value)

    # The callbacks scheduled by report() run before the loop learns that the
    # thread has finished, so all progress is delivered before we return.
    return await asyncio.to_thread(job, report)
