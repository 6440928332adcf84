# expect: wrong_answer
# Converts every timing with float(): a clock that returns integers gives
# float timings instead of the exact difference.
import functools
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    def decorator(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return f(*args, **kwargs)
            finally:
                end = clock()
                elapsed = float(end - start)
                wrapper.timings.append(elapsed)
                if report is not None:
                    report(wrapper.label, elapsed)

        wrapper.timings = []
        wrapper.label = f.__name__ if label is None else label
        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
