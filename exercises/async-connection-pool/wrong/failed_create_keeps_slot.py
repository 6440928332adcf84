# expect: wrong_answer
# Reserves a slot before awaiting the factory (which avoids creating too
# many), but when the factory raises the slot is never given back: after
# max_size failures the pool waits forever.
import asyncio
import contextlib


class ConnectionPool:
    def __init__(self, factory, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self._max_size = max_size
        self._size = 0
        self._idle = []
        self._changed = asyncio.Condition()
        self._closed = False

    async def _get(self):
        async with self._changed:
            while True:
                if self._closed:
                    raise RuntimeError("the pool is closed")
                if self._idle:
                    return self._idle.pop()
                if self._size < self._max_size:
                    break
                await self._changed.wait()
            self._size += 1
        return await self._factory()

    async def _put(self, conn):
        if self._closed:
            await conn.close()
        else:
            self._idle.append(conn)
        async with self._changed:
            self._changed.notify()

    @contextlib.asynccontextmanager
    async def acquire(self):
        conn = await self._get()
        try:
            yield conn
        finally:
            await self._put(conn)

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            await conn.close()
        async with self._changed:
            self._changed.notify_all()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.close()
