# expect: runtime_error
# Reads the clock once more at decoration time to remember when the function
# was decorated: the clock must be read only around calls.
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
                elapsed = end - start
                wrapper.timings.append(elapsed)
                if report is not None:
                    report(wrapper.label, elapsed)

        wrapper.timings = []
        wrapper.created = clock()
        wrapper.label = f.__name__ if label is None else label
        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
