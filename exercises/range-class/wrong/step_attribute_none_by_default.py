# expect: wrong_answer
# Defaults step to None and substitutes 1 only internally, so the step
# attribute is None instead of the actual step 1.
class Range:
    def __init__(self, start, stop=None, step=None):
        if stop is None:
            start, stop = 0, start
        if step == 0:
            raise ValueError("step must not be zero")
        self.start = start
        self.stop = stop
        self.step = step  # None when not given: the methods use _step

    @property
    def _step(self):
        return 1 if self.step is None else self.step

    def __iter__(self):
        return RangeIterator(self.start, self.stop, self._step)

    def __len__(self):
        if self._step > 0:
            count = (self.stop - self.start + self._step - 1) // self._step
        else:
            count = (self.start - self.stop - self._step - 1) // -self._step
        return max(0, count)

    def __contains__(self, value):
        if not isinstance(value, int):
            return False
        if self._step > 0:
            inside = self.start <= value < self.stop
        else:
            inside = self.stop < value <= self.start
        return inside and (value - self.start) % self._step == 0


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
