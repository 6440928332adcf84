# expect: runtime_error
# The wrapper takes only *args, so any keyword argument is a TypeError.
import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)

    wrapper.calls = 0
    return wrapper
