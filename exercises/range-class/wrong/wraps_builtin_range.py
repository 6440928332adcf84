# expect: rule_violation
# Delegates everything to the built-in range, which the exercise forbids.
class Range:
    def __init__(self, start, stop=None, step=1):
        self._range = range(start, stop, step) if stop is not None else range(start)
        self.start = self._range.start
        self.stop = self._range.stop
        self.step = self._range.step

    def __iter__(self):
        return iter(self._range)

    def __len__(self):
        return len(self._range)

    def __contains__(self, value):
        return isinstance(value, int) and value in self._range
