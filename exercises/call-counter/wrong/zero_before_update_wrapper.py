# expect: wrong_answer
# Sets calls = 0 first and copies the metadata afterwards: update_wrapper
# also copies the wrapped function's __dict__, so wrapping an already counted
# function starts from that function's count.
import functools


def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return functools.update_wrapper(wrapper, func)
