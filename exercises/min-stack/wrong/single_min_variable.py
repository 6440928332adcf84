# expect: wrong_answer
# Keeps one "current minimum" that push updates, but pop never restores the
# previous minimum once the minimum has been popped.
class MinStack:
    def __init__(self) -> None:
        self._items = []
        self._min = None

    def push(self, value) -> None:
        if self._min is None or value < self._min:
            self._min = value
        self._items.append(value)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty stack")
        value = self._items.pop()
        if not self._items:
            self._min = None
        return value

    def top(self):
        if not self._items:
            raise IndexError("top of an empty stack")
        return self._items[-1]

    def get_min(self):
        if not self._items:
            raise IndexError("minimum of an empty stack")
        return self._min

    def __len__(self) -> int:
        return len(self._items)
