class Queue:
    """A FIFO queue made of two lists used as stacks.

    New items are pushed onto the inbox. Items leave from the outbox; when
    the outbox is empty, the whole inbox is moved over, which reverses it.
    Every item is moved once, so each operation is O(1) amortised.
    """

    def __init__(self) -> None:
        self._inbox = []
        self._outbox = []

    def enqueue(self, value) -> None:
        self._inbox.append(value)

    def dequeue(self):
        self._refill()
        return self._outbox.pop()

    def peek(self):
        self._refill()
        return self._outbox[-1]

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)

    def _refill(self) -> None:
        if not self._outbox:
            if not self._inbox:
                raise IndexError("the queue is empty")
            while self._inbox:
                self._outbox.append(self._inbox.pop())
