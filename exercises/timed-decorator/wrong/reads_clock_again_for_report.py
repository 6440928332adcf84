# expect: runtime_error
# Computes clock() - start separately for timings and for report: the clock
# is read three times per call, so a fake clock runs out (StopIteration) and
# report gets a different number from the one stored in timings.
import functools
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                wrapper.timings.append(clock() - start)
                if report is not None:
                    report(wrapper.label, clock() - start)

        wrapper.timings = []
        wrapper.label = func.__name__ if label is None else label
        return wrapper

    if func is None:
        return decorator
    return decorator(func)
