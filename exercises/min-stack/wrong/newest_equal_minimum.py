# expect: wrong_answer
# Pushes onto the minimum stack with <=, so of several equal minima the
# newest one is reported (1.0 after push(1), push(1.0)), not the oldest.
class MinStack:
    def __init__(self) -> None:
        self._items = []
        self._mins = []

    def push(self, value) -> None:
        if not self._mins or value <= self._mins[-1]:
            self._mins.append(value)
        else:
            self._mins.append(self._mins[-1])
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
