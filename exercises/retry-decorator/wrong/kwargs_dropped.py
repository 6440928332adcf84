# expect: runtime_error
# The wrapper takes **kwargs but passes only the positional arguments on.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            attempt = 0
            while True:
                attempt += 1
                try:
                    return func(*args)
                except exceptions:
                    if attempt >= times:
                        raise
        return wrapper

    return decorator
