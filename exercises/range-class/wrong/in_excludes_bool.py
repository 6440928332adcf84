# expect: wrong_answer
# Checks type(value) is int, which rejects bools: True in Range(2) is False,
# although True == 1 and the built-in range says True.
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
        if self.step > 0:
            n = (self.stop - self.start + self.step - 1) // self.step
        else:
            n = (self.start - self.stop - self.step - 1) // (-self.step)
        return max(0, n)

    def __iter__(self):
        return _RangeIterator(self.start, self.step, len(self))

    def __contains__(self, value):
        if type(value) is not int:
            return False
        if self.step > 0:
            if not (self.start <= value < self.stop):
                return False
        else:
            if not (self.stop < value <= self.start):
                return False
        return (value - self.start) % self.step == 0
