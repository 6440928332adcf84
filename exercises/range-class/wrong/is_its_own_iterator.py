# expect: wrong_answer
# __iter__ returns self and the position lives in the Range: the first loop
# uses it up, and every later loop (or a second iterator) finds nothing.
class Range:
    def __init__(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        if step == 0:
            raise ValueError("step must not be zero")
        self.start = start
        self.stop = stop
        self.step = step
        self._current = start

    def __iter__(self):
        return self

    def __next__(self):
        if (self.step > 0 and self._current >= self.stop) or (
            self.step < 0 and self._current <= self.stop
        ):
            raise StopIteration
        value = self._current
        self._current += self.step
        return value

    def __len__(self):
        if self.step > 0:
            count = (self.stop - self.start + self.step - 1) // self.step
        else:
            count = (self.start - self.stop - self.step - 1) // -self.step
        return max(0, count)

    def __contains__(self, value):
        if not isinstance(value, int):
            return False
        if self.step > 0:
            inside = self.start <= value < self.stop
        else:
            inside = self.stop < value <= self.start
        return inside and (value - self.start) % self.step == 0
