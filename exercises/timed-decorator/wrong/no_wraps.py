# expect: wrong_answer
# Forgets functools.wraps: the wrapper is called "wrapper", has no docstring
# and no __wrapped__.
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    def decorator(func):
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                elapsed = clock() - start
                wrapper.timings.append(elapsed)
                if report is not None:
                    report(wrapper.label, elapsed)

        wrapper.timings = []
        wrapper.label = func.__name__ if label is None else label
        return wrapper

    if func is None:
        return decorator
    return decorator(func)
