# expect: wrong_answer
# reset() forgets `nonlocal`: its assignment creates a local variable and the
# counter keeps going.
def make_counter(start=0, step=1):
    if step == 0:
        raise ValueError("step must not be 0")
    current = start

    def counter():
        nonlocal current
        value = current
        current += step
        return value

    def reset():
        current = start  # noqa: F841 - the bug: a new local, not the closure's

    counter.reset = reset
    return counter
