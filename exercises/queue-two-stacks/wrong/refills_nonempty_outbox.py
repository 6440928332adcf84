# expect: wrong_answer
# Moves the inbox onto the outbox on every dequeue, even when the outbox
# still holds older items: the newer items end up in front of them.
class Queue:
    def __init__(self) -> None:
        self._inbox = []
        self._outbox = []

    def enqueue(self, value) -> None:
        self._inbox.append(value)

    def _refill(self):
        while self._inbox:
            self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("the queue is empty")

    def dequeue(self):
        self._refill()
        return self._outbox.pop()

    def peek(self):
        self._refill()
        return self._outbox[-1]

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
