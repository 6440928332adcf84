# expect: wrong_answer
# Wraps the generator function in a decorator that primes it: averager() is
# no longer a generator function, and a send() before next() is accepted.
import functools


def coroutine(func):
    """Prime the coroutine automatically (Fluent Python style)."""
    @functools.wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer


@coroutine
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            continue
        total += value
        count += 1
        average = total / count
