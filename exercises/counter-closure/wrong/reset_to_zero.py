# expect: wrong_answer
# reset() sets the count back to 0 instead of to `start`.
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
        nonlocal current
        current = 0

    counter.reset = reset
    return counter
