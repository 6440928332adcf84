# expect: wrong_answer
# Correct, but the wrapper does not copy the initialiser's name and
# docstring (no functools.wraps): `config.__name__` is 'wrapper'.
import threading


def once(func):
    lock = threading.Lock()
    done = False
    result = None

    def wrapper():
        nonlocal done, result
        if done:
            return result
        with lock:
            if not done:
                result = func()
                done = True
        return result

    return wrapper
