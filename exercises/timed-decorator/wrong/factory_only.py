# expect: runtime_error
# Written only as a decorator factory: with bare @timed the function is
# passed as `label`, and the "decorated" name is the inner decorator.
import functools
import time


def timed(label=None, *, clock=time.perf_counter, report=None):
    def decorator(func):
        @functools.wraps(func)
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

    return decorator
