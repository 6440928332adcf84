# expect: wrong_answer
# Keeps the count in an attribute of the counter function instead of in the
# closure.
def make_counter(start=0, step=1):
    if step == 0:
        raise ValueError("step must not be 0")

    def counter():
        value = counter.current
        counter.current += step
        return value

    def reset():
        counter.current = start

    counter.current = start
    counter.reset = reset
    return counter
