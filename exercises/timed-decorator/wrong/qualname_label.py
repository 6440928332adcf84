# expect: wrong_answer
# Uses __qualname__ for the default label: a nested function or a method gets
# "make.<locals>.helper" or "Job.run" instead of its __name__.
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
        wrapper.label = f.__qualname__ if label is None else label
        return wrapper

    if func is not None:
        return decorator(func)
    return decorator
