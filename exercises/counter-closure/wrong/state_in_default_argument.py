# expect: wrong_answer
# Keeps the count in a mutable default argument, so the counter has an
# optional parameter.
def make_counter(start=0, step=1):
    if step == 0:
        raise ValueError("step must not be 0")

    def counter(_state=[start]):
        value = _state[0]
        _state[0] += step
        return value

    def reset():
        counter.__defaults__[0][0] = start

    counter.reset = reset
    return counter
