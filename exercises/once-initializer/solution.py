import functools
import threading


def once(func):
    """Make `func` (no arguments) run at most once successfully; share its result."""
    lock = threading.Lock()  # one lock per decorated function
    done = False
    result = None

    @functools.wraps(func)
    def wrapper():
        nonlocal done, result
        if done:  # fast path: no lock once the value is there
            return result
        with lock:
            if not done:  # check again: another thread may have finished meanwhile
                result = func()  # if this raises, nothing is recorded: the next call retries
                done = True
        return result

    return wrapper
