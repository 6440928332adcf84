import functools


def retry(times, exceptions=(Exception,)):
    """Return a decorator that calls a function up to `times` times while it
    raises one of `exceptions`, re-raising the last such exception."""
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise

        return wrapper

    return decorator
