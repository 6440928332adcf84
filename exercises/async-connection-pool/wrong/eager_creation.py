# expect: wrong_answer
# "Warms up" the pool: the first acquire creates all max_size connections,
# although one would do.
import asyncio
import contextlib


class ConnectionPool:
    def __init__(self, factory, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self._max_size = max_size
        self._slots = asyncio.Semaphore(max_size)
        self._idle = []
        self._warm = False
        self._closed = False

    @contextlib.asynccontextmanager
    async def acquire(self):
        if self._closed:
            raise RuntimeError("the pool is closed")
        if not self._warm:
            self._warm = True
            self._idle = [await self._factory() for _ in range(self._max_size)]
        async with self._slots:
            if self._closed:
                raise RuntimeError("the pool is closed")
            conn = self._idle.pop()
            try:
                yield conn
            finally:
                if self._closed:
                    await conn.close()
                else:
                    self._idle.append(conn)

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            await conn.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.close()
