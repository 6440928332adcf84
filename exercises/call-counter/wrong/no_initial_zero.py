# expect: runtime_error
# Creates the attribute lazily on the first call, so `calls` does not exist
# before the function has been called.
import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls = getattr(wrapper, "calls", 0) + 1
        return func(*args, **kwargs)

    return wrapper
