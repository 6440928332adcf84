# expect: wrong_answer
# Rounds every timing to six decimals instead of storing end - start as is.
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
                elapsed = round(end - start, 6)
                wrapper.timings.append(elapsed)
                if report is not None:
                    report(wrapper.label, elapsed)

        wrapper.timings = []
        wrapper.label = f.__name__ if label is None else label
        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
