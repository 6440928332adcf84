# expect: wrong_answer
# Forgets functools.wraps: the wrapper is called "wrapper", has no docstring
# and no __wrapped__.
def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
