# expect: wrong_answer
# Keeps the start time on the wrapper object: a recursive call overwrites it,
# so the outer call is timed from the inner call's start.
import functools
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    def decorator(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            wrapper.start = clock()
            try:
                return f(*args, **kwargs)
            finally:
                elapsed = clock() - wrapper.start
                wrapper.timings.append(elapsed)
                if report is not None:
                    report(wrapper.label, elapsed)

        wrapper.timings = []
        wrapper.label = f.__name__ if label is None else label
        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
