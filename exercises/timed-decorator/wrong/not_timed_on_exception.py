# expect: wrong_answer
# Measures after a plain call instead of in `finally`, so a call that raises
# is neither timed nor reported.
import functools
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = clock()
            result = func(*args, **kwargs)
            elapsed = clock() - start
            wrapper.timings.append(elapsed)
            if report is not None:
                report(wrapper.label, elapsed)
            return result

        wrapper.timings = []
        wrapper.label = func.__name__ if label is None else label
        return wrapper

    if func is None:
        return decorator
    return decorator(func)
