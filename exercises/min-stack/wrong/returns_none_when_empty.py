# expect: wrong_answer
# Returns None from pop, top and get_min on an empty stack instead of
# raising IndexError.
class MinStack:
    def __init__(self) -> None:
        self._items = []
        self._mins = []

    def push(self, value) -> None:
        if self._mins and self._mins[-1] < value:
            self._mins.append(self._mins[-1])
        else:
            self._mins.append(value)
        self._items.append(value)

    def pop(self):
        if not self._items:
            return None
        self._mins.pop()
        return self._items.pop()

    def top(self):
        return self._items[-1] if self._items else None

    def get_min(self):
        return self._mins[-1] if self._mins else None

    def __len__(self) -> int:
        return len(self._items)
