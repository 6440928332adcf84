# expect: wrong_answer
# Behaves correctly, but returns an instance of a class with __call__
# instead of a function that keeps its state in a closure.
class _Counter:
    def __init__(self, start, step):
        self.start = start
        self.step = step
        self.current = start

    def __call__(self):
        value = self.current
        self.current += self.step
        return value

    def reset(self):
        self.current = self.start


def make_counter(start=0, step=1):
    if step == 0:
        raise ValueError("step must not be 0")
    return _Counter(start, step)
