# expect: wrong_answer
# `in` checks only the bounds, so every integer between start and stop is
# "in" the range, whatever the step; it also breaks on non-numbers.
class Range:
    def __init__(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        if step == 0:
            raise ValueError("step must not be zero")
        self.start = start
        self.stop = stop
        self.step = step

    def __iter__(self):
        return RangeIterator(self.start, self.stop, self.step)

    def __len__(self):
        if self.step > 0:
            count = (self.stop - self.start + self.step - 1) // self.step
        else:
            count = (self.start - self.stop - self.step - 1) // -self.step
        return max(0, count)

    def __contains__(self, value):
        if self.step > 0:
            return self.start <= value < self.stop
        return self.stop < value <= self.start


class RangeIterator:
    def __init__(self, start, stop, step):
        self.current = start
        self.stop = stop
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        if (self.step > 0 and self.current >= self.stop) or (
            self.step < 0 and self.current <= self.stop
        ):
            raise StopIteration
        value = self.current
        self.current += self.step
        return value
