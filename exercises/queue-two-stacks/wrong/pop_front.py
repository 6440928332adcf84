# expect: time_limit_exceeded
# One list and pop(0): correct, but every dequeue shifts all the remaining
# items, O(n) per call.
class Queue:
    def __init__(self) -> None:
        self._items = []

    def enqueue(self, value) -> None:
        self._items.append(value)

    def dequeue(self):
        if not self._items:
            raise IndexError("the queue is empty")
        return self._items.pop(0)

    def peek(self):
        if not self._items:
            raise IndexError("the queue is empty")
        return self._items[0]

    def __len__(self) -> int:
        return len(self._items)
