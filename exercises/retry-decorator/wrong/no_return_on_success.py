# expect: wrong_answer
# Stores the result but does not stop at the first success: the function is
# always called `times` times.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = None
            for attempt in range(1, times + 1):
                try:
                    result = func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
            return result

        return wrapper

    return decorator
