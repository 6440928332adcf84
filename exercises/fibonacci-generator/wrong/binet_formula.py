# expect: wrong_answer
# Binet's closed formula in floating point: exact for small indices only,
# the term at index 100 is already off.
import math


def fibonacci():
    sqrt5 = math.sqrt(5)
    phi = (1 + sqrt5) / 2
    n = 0
    while True:
        yield round(phi ** n / sqrt5)
        n += 1
