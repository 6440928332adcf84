# expect: wrong_answer
# Computes the new count before the call and stores it in `finally`, so the
# calls made while func runs (recursion) are overwritten by the outer one.
import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        new_count = wrapper.calls + 1
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.calls = new_count

    wrapper.calls = 0
    return wrapper
