# expect: wrong_answer
# Updates the count under the lock, but reads it again for the return value
# after releasing the lock: by then another thread may have changed it.
import threading


class AtomicCounter:
    def __init__(self, start: int = 0, *, lock=None) -> None:
        self._value = start
        self._lock = lock if lock is not None else threading.Lock()

    @property
    def value(self) -> int:
        return self._value

    def increment(self, n: int = 1) -> int:
        with self._lock:
            self._value += n
        return self._value

    def decrement(self, n: int = 1) -> int:
        with self._lock:
            self._value -= n
        return self._value

    def get_and_reset(self) -> int:
        with self._lock:
            old, self._value = self._value, 0
            return old
