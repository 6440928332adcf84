# expect: time_limit_exceeded
# Keeps everything in the first stack: each dequeue pours all items into the
# second stack, takes the top, and pours them back. O(n) per call.
class Queue:
    def __init__(self) -> None:
        self._main = []
        self._spare = []

    def enqueue(self, value) -> None:
        self._main.append(value)

    def _pour(self, source, target):
        while source:
            target.append(source.pop())

    def dequeue(self):
        if not self._main:
            raise IndexError("the queue is empty")
        self._pour(self._main, self._spare)
        value = self._spare.pop()
        self._pour(self._spare, self._main)
        return value

    def peek(self):
        if not self._main:
            raise IndexError("the queue is empty")
        self._pour(self._main, self._spare)
        value = self._spare[-1]
        self._pour(self._spare, self._main)
        return value

    def __len__(self) -> int:
        return len(self._main)
