# expect: runtime_error
# Retries only on the first class of the tuple: the other listed classes
# propagate at once.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")
    retry_on = exceptions[0]

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except retry_on:
                    if attempt == times:
                        raise

        return wrapper

    return decorator
