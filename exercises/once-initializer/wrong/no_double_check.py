# expect: wrong_answer
# Takes the lock, but checks `done` only before it: a thread that waited on
# the lock while another thread initialised runs the initialiser once more.
import functools
import threading


def once(func):
    lock = threading.Lock()
    done = False
    result = None

    @functools.wraps(func)
    def wrapper():
        nonlocal done, result
        if not done:
            with lock:
                result = func()
                done = True
        return result

    return wrapper
