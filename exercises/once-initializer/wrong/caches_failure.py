# expect: wrong_answer
# Marks the function as done in a `finally`, also when the initialiser
# raised: every later call returns None instead of trying again.
import functools
import threading


def once(func):
    lock = threading.Lock()
    done = False
    result = None

    @functools.wraps(func)
    def wrapper():
        nonlocal done, result
        if done:
            return result
        with lock:
            if not done:
                try:
                    result = func()
                finally:
                    done = True
        return result

    return wrapper
