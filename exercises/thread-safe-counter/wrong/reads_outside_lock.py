# expect: wrong_answer
# Locks only the write: the new value is computed from a read made before
# the lock was taken, so an update made by another thread in between is
# lost.
import threading


class AtomicCounter:
    def __init__(self, start: int = 0, *, lock=None) -> None:
        self._value = start
        self._lock = lock if lock is not None else threading.Lock()

    @property
    def value(self) -> int:
        return self._value

    def increment(self, n: int = 1) -> int:
        new = self._value + n
        with self._lock:
            self._value = new
        return new

    def decrement(self, n: int = 1) -> int:
        new = self._value - n
        with self._lock:
            self._value = new
        return new

    def get_and_reset(self) -> int:
        old = self._value
        with self._lock:
            self._value = 0
        return old
