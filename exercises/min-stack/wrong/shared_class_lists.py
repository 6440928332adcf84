# expect: wrong_answer
# The lists are class attributes, created once for the class, so every
# MinStack shares the same items.
class MinStack:
    _items = []
    _mins = []

    def push(self, value) -> None:
        if self._mins and self._mins[-1] < value:
            self._mins.append(self._mins[-1])
        else:
            self._mins.append(value)
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
