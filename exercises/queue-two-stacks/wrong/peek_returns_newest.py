# expect: wrong_answer
# When the outbox is empty, peek looks at the top of the inbox, which is the
# newest item, not the oldest.
class Queue:
    def __init__(self) -> None:
        self._inbox = []
        self._outbox = []

    def enqueue(self, value) -> None:
        self._inbox.append(value)

    def dequeue(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("the queue is empty")
        return self._outbox.pop()

    def peek(self):
        if self._outbox:
            return self._outbox[-1]
        if self._inbox:
            return self._inbox[-1]
        raise IndexError("the queue is empty")

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
