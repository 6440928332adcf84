# expect: wrong_answer
# dequeue and peek return None on an empty queue instead of raising
# IndexError.
class Queue:
    def __init__(self) -> None:
        self._inbox = []
        self._outbox = []

    def enqueue(self, value) -> None:
        self._inbox.append(value)

    def _refill(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def dequeue(self):
        self._refill()
        return self._outbox.pop() if self._outbox else None

    def peek(self):
        self._refill()
        return self._outbox[-1] if self._outbox else None

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
