# expect: runtime_error
# Stops after a fixed number of terms: asking for the term at index 100
# calls next() on an exhausted generator (StopIteration).
def fibonacci(limit=100):
    current, following = 0, 1
    for _ in range(limit):
        yield current
        current, following = following, current + following
