# expect: wrong_answer
# Uses `result is None` to mean "not initialised yet": an initialiser that
# returns None runs again on every call.
import functools
import threading


def once(func):
    lock = threading.Lock()
    result = None

    @functools.wraps(func)
    def wrapper():
        nonlocal result
        if result is None:
            with lock:
                if result is None:
                    result = func()
        return result

    return wrapper
