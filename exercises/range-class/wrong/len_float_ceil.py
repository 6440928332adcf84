# expect: wrong_answer
# Computes the length with math.ceil of a float division, which is off by
# one or more for ranges of more than 2**53 values.
import math


class _RangeIterator:
    def __init__(self, start, step, count):
        self._next = start
        self._step = step
        self._left = count

    def __iter__(self):
        return self

    def __next__(self):
        if self._left <= 0:
            raise StopIteration
        value = self._next
        self._next += self._step
        self._left -= 1
        return value


class Range:
    def __init__(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        if step == 0:
            raise ValueError("step must not be zero")
        self.start = start
        self.stop = stop
        self.step = step

    def __len__(self):
        return max(0, math.ceil((self.stop - self.start) / self.step))

    def __iter__(self):
        return _RangeIterator(self.start, self.step, len(self))

    def __contains__(self, value):
        if not isinstance(value, int):
            return False
        if self.step > 0:
            if not (self.start <= value < self.stop):
                return False
        else:
            if not (self.stop < value <= self.start):
                return False
        return (value - self.start) % self.step == 0
