# expect: wrong_answer
# Uses `label or func.__name__`: an empty label "" is replaced by the
# function name although only None means "no label".
import functools
import time


def timed(func=None, *, label=None, clock=time.perf_counter, report=None):
    """Record how long each call of a function takes.

    Usable as `@timed`, `@timed()` or `@timed(label=..., clock=..., report=...)`.
    """

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
        wrapper.label = label or func.__name__
        return wrapper

    if func is None:
        return decorator
    return decorator(func)
