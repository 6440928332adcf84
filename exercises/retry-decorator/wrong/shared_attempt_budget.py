# expect: runtime_error
# The attempt counter lives in the decorator, not in the call: failures are
# counted across calls, so a later call gives up after its first failure.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        attempts_left = times

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal attempts_left
            while True:
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    attempts_left -= 1
                    if attempts_left <= 0:
                        raise

        return wrapper

    return decorator
