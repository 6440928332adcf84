# expect: wrong_answer
# Checks step only when the counter is first called, so make_counter(5, 0)
# itself does not raise.
def make_counter(start=0, step=1):
    current = start

    def counter():
        nonlocal current
        if step == 0:
            raise ValueError("step must not be 0")
        value = current
        current += step
        return value

    def reset():
        nonlocal current
        current = start

    counter.reset = reset
    return counter
