# expect: wrong_answer
# The auxiliary stack only gets values strictly less than its top, and is
# popped whenever the popped value equals its top: with a repeated minimum,
# popping one copy forgets the other.
class MinStack:
    def __init__(self) -> None:
        self._items = []
        self._mins = []

    def push(self, value) -> None:
        self._items.append(value)
        if not self._mins or value < self._mins[-1]:
            self._mins.append(value)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty stack")
        value = self._items.pop()
        if value == self._mins[-1]:
            self._mins.pop()
        return value

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
