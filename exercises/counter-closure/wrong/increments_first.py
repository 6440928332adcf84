# expect: wrong_answer
# Adds step before returning: the first call returns start + step.
def make_counter(start=0, step=1):
    if step == 0:
        raise ValueError("step must not be 0")
    current = start

    def counter():
        nonlocal current
        current += step
        return current

    def reset():
        nonlocal current
        current = start

    counter.reset = reset
    return counter
