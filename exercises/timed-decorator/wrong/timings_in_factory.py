# expect: wrong_answer
# Creates the timings list in timed() instead of per decorated function, so
# functions decorated by the same timed(...) result share one list.
import functools
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    timings = []

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                elapsed = clock() - start
                timings.append(elapsed)
                if report is not None:
                    report(wrapper.label, elapsed)

        wrapper.timings = timings
        wrapper.label = func.__name__ if label is None else label
        return wrapper

    if func is None:
        return decorator
    return decorator(func)
