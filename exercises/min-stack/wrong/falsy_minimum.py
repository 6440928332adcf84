# expect: wrong_answer
# Tests the current minimum for truth instead of testing for an empty
# stack: a minimum of 0, 0.0 or "" is treated as "no minimum yet".
class MinStack:
    def __init__(self) -> None:
        self._items = []
        self._mins = []

    def push(self, value) -> None:
        current = self._mins[-1] if self._mins else None
        if not current or value < current:
            self._mins.append(value)
        else:
            self._mins.append(current)
        self._items.append(value)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty stack")
        self._mins.pop()
        return self._items.pop()

    def top(self):
        if not self._items:
            raise IndexError("top of an empty stack")
        return self._items[-1]

    def get_min(self):
        if not self._mins:
            raise IndexError("minimum of an empty stack")
        return self._mins[-1]

    def __len__(self) -> int:
        return len(self._items)
