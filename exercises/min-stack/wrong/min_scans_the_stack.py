# expect: time_limit_exceeded
# Correct, but get_min() scans the whole stack: O(n) per call.
class MinStack:
    def __init__(self) -> None:
        self._items = []

    def push(self, value) -> None:
        self._items.append(value)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty stack")
        return self._items.pop()

    def top(self):
        if not self._items:
            raise IndexError("top of an empty stack")
        return self._items[-1]

    def get_min(self):
        if not self._items:
            raise IndexError("minimum of an empty stack")
        return min(self._items)

    def __len__(self) -> int:
        return len(self._items)
