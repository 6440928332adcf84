# expect: wrong_answer
# close() closes the idle connections but does not remember that the pool
# is closed: a connection in use is put back when released and never
# closed, and acquire() still works afterwards.
import asyncio
import contextlib


class ConnectionPool:
    def __init__(self, factory, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self._slots = asyncio.Semaphore(max_size)
        self._idle = []

    @contextlib.asynccontextmanager
    async def acquire(self):
        async with self._slots:
            conn = self._idle.pop() if self._idle else await self._factory()
            try:
                yield conn
            finally:
                self._idle.append(conn)

    async def close(self) -> None:
        while self._idle:
            await self._idle.pop().close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.close()
