# expect: wrong_answer
# Counts in a closure variable and only copies it to the attribute, so
# assigning `calls = 0` from outside is overwritten on the next call.
import functools


def count_calls(func):
    count = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal count
        count += 1
        wrapper.calls = count
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
