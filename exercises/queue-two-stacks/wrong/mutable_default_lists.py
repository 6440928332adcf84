# expect: wrong_answer
# The lists are default argument values, created once when the function is
# defined, so every Queue() shares the same two lists.
class Queue:
    def __init__(self, inbox=[], outbox=[]) -> None:
        self._inbox = inbox
        self._outbox = outbox

    def enqueue(self, value) -> None:
        self._inbox.append(value)

    def _refill(self):
        if not self._outbox:
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
