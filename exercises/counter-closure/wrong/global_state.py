# expect: wrong_answer
# Keeps the current value in a module-level variable, so all counters share
# one count.
_current = 0


def make_counter(start=0, step=1):
    global _current
    if step == 0:
        raise ValueError("step must not be 0")
    _current = start

    def counter():
        global _current
        value = _current
        _current += step
        return value

    def reset():
        global _current
        _current = start

    counter.reset = reset
    return counter
