# expect: wrong_answer
# Compares the exact type with `type(error) in exceptions`: subclasses of a
# listed class are not retried, nor is anything under the default Exception.
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
                    return func(*args, **kwargs)
                except Exception as error:
                    if type(error) not in exceptions or attempt >= times:
                        raise
        return wrapper

    return decorator
