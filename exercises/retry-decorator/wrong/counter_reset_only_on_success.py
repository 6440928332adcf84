# expect: runtime_error
# Keeps one attempt counter per decorated function and resets it only after
# a success: after a call that gave up, the next call gets fewer attempts.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        state = {"attempts": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            while True:
                state["attempts"] += 1
                try:
                    result = func(*args, **kwargs)
                except exceptions:
                    if state["attempts"] >= times:
                        raise
                else:
                    state["attempts"] = 0
                    return result
        return wrapper

    return decorator
