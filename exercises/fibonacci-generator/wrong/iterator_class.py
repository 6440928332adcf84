# expect: rule_violation
# Produces the right numbers, but through a hand-written iterator class:
# fibonacci is not a generator function.
class FibonacciIterator:
    def __init__(self):
        self.current, self.following = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        value = self.current
        self.current, self.following = self.following, self.current + self.following
        return value


def fibonacci():
    return FibonacciIterator()
