# expect: wrong_answer
# get_and_reset() is built from two locked steps, a read and a write: each is
# atomic, the pair is not. An increment made between them is wiped out.
import threading


class AtomicCounter:
    def __init__(self, start: int = 0, *, lock=None) -> None:
        self._value = start
        self._lock = lock if lock is not None else threading.Lock()

    @property
    def value(self) -> int:
        return self._value

    def _get(self) -> int:
        with self._lock:
            return self._value

    def _set(self, value: int) -> None:
        with self._lock:
            self._value = value

    def increment(self, n: int = 1) -> int:
        with self._lock:
            self._value += n
            return self._value

    def decrement(self, n: int = 1) -> int:
        with self._lock:
            self._value -= n
            return self._value

    def get_and_reset(self) -> int:
        old = self._get()
        self._set(0)
        return old
