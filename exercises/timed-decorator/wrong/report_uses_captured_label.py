# expect: wrong_answer
# Captures the label in a local variable for report(), so a label assigned to
# wrapper.label later is not what report receives.
import functools
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    def decorator(f):
        name = f.__name__ if label is None else label
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return f(*args, **kwargs)
            finally:
                end = clock()
                elapsed = end - start
                wrapper.timings.append(elapsed)
                if report is not None:
                    report(name, elapsed)

        wrapper.timings = []
        wrapper.label = f.__name__ if label is None else label
        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
