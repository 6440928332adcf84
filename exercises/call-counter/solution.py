import functools


def count_calls(func):
    """Decorate `func` so that `wrapper.calls` counts its calls."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
