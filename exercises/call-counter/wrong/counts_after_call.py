# expect: wrong_answer
# Increments the counter only after func returns, so calls that raise are
# never counted.
import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        wrapper.calls += 1
        return result

    wrapper.calls = 0
    return wrapper
