# expect: runtime_error
# Keeps the count on the original function too, which fails for a function
# that takes no attributes (a built-in) and mixes the counters of two
# decorations of one function.
import functools


def count_calls(func):
    func.calls = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        func.calls += 1
        wrapper.calls = func.calls
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
