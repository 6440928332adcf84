# expect: wrong_answer
# Check-then-act without a lock: threads that arrive while the initialiser is
# running all see "not done yet" and run it again.
import functools


def once(func):
    done = False
    result = None

    @functools.wraps(func)
    def wrapper():
        nonlocal done, result
        if not done:
            result = func()
            done = True
        return result

    return wrapper
