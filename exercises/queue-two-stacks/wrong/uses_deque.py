# expect: rule_violation
# collections.deque is the right tool in real code, but this exercise
# forbids it.
from collections import deque


class Queue:
    def __init__(self) -> None:
        self._items = deque()

    def enqueue(self, value) -> None:
        self._items.append(value)

    def dequeue(self):
        return self._items.popleft()

    def peek(self):
        return self._items[0]

    def __len__(self) -> int:
        return len(self._items)
