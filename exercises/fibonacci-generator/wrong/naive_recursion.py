# expect: time_limit_exceeded
# Recomputes every term from scratch with exponential-time recursion.
from itertools import count


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fibonacci():
    for n in count():
        yield fib(n)
