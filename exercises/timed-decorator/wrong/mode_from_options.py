# expect: runtime_error
# Decides between "@timed" and "@timed(...)" by whether any option was given
# instead of by whether a function was passed: @timed() decorates None.
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
        wrapper.label = func.__name__ if label is None else label
        return wrapper

    options_given = label is not None or clock is not time.perf_counter or report is not None
    if options_given:
        return decorator
    return decorator(func)
