# expect: wrong_answer
# "The GIL makes `+=` atomic": it does not. `self._value += n` is a read, an
# addition and a write, and another thread can run in between. The lock is
# created but never used.
import threading


class AtomicCounter:
    def __init__(self, start: int = 0, *, lock=None) -> None:
        self._value = start
        self._lock = lock if lock is not None else threading.Lock()

    @property
    def value(self) -> int:
        return self._value

    def increment(self, n: int = 1) -> int:
        self._value += n
        return self._value

    def decrement(self, n: int = 1) -> int:
        self._value -= n
        return self._value

    def get_and_reset(self) -> int:
        old, self._value = self._value, 0
        return old
