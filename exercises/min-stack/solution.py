class MinStack:
    """A stack that also reports its smallest item, every operation O(1)."""

    def __init__(self) -> None:
        self._items = []
        self._mins = []  # _mins[i] is the smallest of _items[:i + 1]

    def push(self, value) -> None:
        if self._mins and not value < self._mins[-1]:
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
