# expect: wrong_answer
# One thread runs the initialiser while the others wait on an Event; when it
# fails, the waiting threads re-raise its exception instead of trying again
# themselves.
import functools
import threading


def once(func):
    lock = threading.Lock()
    state = {"done": False, "running": None, "result": None}

    @functools.wraps(func)
    def wrapper():
        with lock:
            if state["done"]:
                return state["result"]
            attempt = state["running"]
            if attempt is None:
                attempt = state["running"] = {"finished": threading.Event(), "error": None}
                mine = True
            else:
                mine = False
        if not mine:
            attempt["finished"].wait()
            if attempt["error"] is not None:
                raise attempt["error"]
            return state["result"]
        try:
            value = func()
        except BaseException as error:
            with lock:
                attempt["error"] = error
                state["running"] = None
            attempt["finished"].set()
            raise
        with lock:
            state["result"], state["done"], state["running"] = value, True, None
        attempt["finished"].set()
        return value

    return wrapper
