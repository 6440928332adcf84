import asyncio
import contextlib


class ConnectionPool:
    """At most `max_size` connections, created on demand and reused."""

    def __init__(self, factory, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self._slots = asyncio.Semaphore(max_size)  # one slot per connection in use
        self._idle = []
        self._closed = False

    @contextlib.asynccontextmanager
    async def acquire(self):
        if self._closed:
            raise RuntimeError("the pool is closed")
        async with self._slots:  # waits (first come, first served) while all are in use
            if self._closed:
                raise RuntimeError("the pool is closed")
            conn = self._idle.pop() if self._idle else await self._factory()
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
