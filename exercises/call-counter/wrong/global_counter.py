# expect: wrong_answer
# Keeps the count in one module-level variable, so every decorated function
# adds to the same counter.
import functools

calls = 0


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        wrapper.calls = calls
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
