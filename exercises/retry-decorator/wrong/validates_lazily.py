# expect: wrong_answer
# Checks `times` only when the decorated function is called, so retry(0)
# itself does not raise.
import functools


def retry(times, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if times < 1:
                raise ValueError("times must be at least 1")
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise

        return wrapper

    return decorator
