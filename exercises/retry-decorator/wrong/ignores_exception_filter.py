# expect: wrong_answer
# Accepts `exceptions` but catches every Exception anyway, so errors that
# should propagate at once are retried.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except Exception:
                    if attempt == times:
                        raise

        return wrapper

    return decorator
