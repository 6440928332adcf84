# expect: runtime_error
# Counts the failed attempt before checking the budget, so it gives up one
# attempt early: retry(4) calls the function at most 3 times.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            attempt = 1
            while True:
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    attempt += 1
                    if attempt >= times:
                        raise

        return wrapper

    return decorator
