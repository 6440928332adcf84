# expect: time_limit_exceeded
# Collects the reports in a list and calls on_progress only after the job
# has finished: the progress arrives too late, and a job that waits for its
# progress to be seen never finishes.
import asyncio


async def run_with_progress(job, on_progress):
    reports = []
    try:
        return await asyncio.to_thread(job, reports.append)
    finally:
        for value in reports:
            on_progress(value)
