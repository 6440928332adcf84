# expect: wrong_answer
# The code after `yield` is not in a `finally`: when the body raises, the
# exception leaves the generator at `yield` and the connection is never put
# back (nor closed later).
import asyncio
import contextlib


class ConnectionPool:
    def __init__(self, factory, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self._slots = asyncio.Semaphore(max_size)
        self._idle = []
        self._closed = False

    @contextlib.asynccontextmanager
    async def acquire(self):
        if self._closed:
            raise RuntimeError("the pool is closed")
        async with self._slots:
            if self._closed:
                raise RuntimeError("the pool is closed")
            conn = self._idle.pop() if self._idle else await self._factory()
            yield conn
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
