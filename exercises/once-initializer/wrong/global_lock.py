# expect: time_limit_exceeded
# One module-level lock shared by every decorated function: an initialiser
# that calls another @once function waits for a lock its own thread holds.
import functools
import threading

_LOCK = threading.Lock()


def once(func):
    done = False
    result = None

    @functools.wraps(func)
    def wrapper():
        nonlocal done, result
        if done:
            return result
        with _LOCK:
            if not done:
                result = func()
                done = True
        return result

    return wrapper
