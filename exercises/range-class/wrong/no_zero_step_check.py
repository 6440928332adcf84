# expect: wrong_answer
# Forgets to reject step 0: the constructor accepts it (and iterating such a
# range would never end).
class Range:
    def __init__(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
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
        if not isinstance(value, int):
            return False
        if self.step > 0:
            inside = self.start <= value < self.stop
        else:
            inside = self.stop < value <= self.start
        return inside and (value - self.start) % self.step == 0


class RangeIterator:
    """A one-shot iterator over the values of a Range."""

    def __init__(self, start, stop, step):
        self._current = start
        self._stop = stop
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        if self._step > 0:
            finished = self._current >= self._stop
        else:
            finished = self._current <= self._stop
        if finished:
            raise StopIteration
        value = self._current
        self._current += self._step
        return value
