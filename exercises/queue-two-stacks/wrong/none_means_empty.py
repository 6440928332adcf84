# expect: runtime_error
# Uses None as the "nothing there" marker, so a queue whose front item is
# None claims to be empty and raises IndexError.
class Queue:
    def __init__(self) -> None:
        self._inbox = []
        self._outbox = []

    def enqueue(self, value) -> None:
        self._inbox.append(value)

    def peek(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        front = self._outbox[-1] if self._outbox else None
        if front is None:
            raise IndexError("the queue is empty")
        return front

    def dequeue(self):
        self.peek()
        return self._outbox.pop()

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
