# expect: time_limit_exceeded
# Calls the blocking job directly: being inside an `async def` does not make
# it asynchronous. The event loop is stuck until the job returns, so nothing
# else runs meanwhile.
async def run_with_progress(job, on_progress):
    return job(on_progress)
