import time


class TokenBucket:
    def __init__(self, capacity, rate):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        self._capacity = float(capacity)
        self._rate = rate
        self._tokens = float(capacity)
        self._last = time.monotonic()

    def _refill(self):
        now = time.monotonic()
        self._tokens = min(self._capacity, self._tokens + (now - self._last) / self._rate)
        self._last = now

    def available(self):
        self._refill()
        return self._tokens

    def try_take(self, n=1):
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        self._refill()
        if self._tokens >= n:
            self._tokens -= n
            return True
        return False
