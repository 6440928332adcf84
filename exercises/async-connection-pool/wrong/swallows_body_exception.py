# expect: wrong_answer
# The lease's __aexit__ returns True "to say all went well", which tells
# Python to suppress the exception raised in the body.
import asyncio


class _Lease:
    def __init__(self, pool):
        self._pool = pool
        self._conn = None

    async def __aenter__(self):
        self._conn = await self._pool._get()
        return self._conn

    async def __aexit__(self, exc_type, exc, tb):
        await self._pool._put(self._conn)
        return True


class ConnectionPool:
    def __init__(self, factory, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self._slots = asyncio.Semaphore(max_size)
        self._idle = []
        self._closed = False

    def acquire(self):
        return _Lease(self)

    async def _get(self):
        if self._closed:
            raise RuntimeError("the pool is closed")
        await self._slots.acquire()
        try:
            if self._closed:
                raise RuntimeError("the pool is closed")
            return self._idle.pop() if self._idle else await self._factory()
        except BaseException:
            self._slots.release()
            raise

    async def _put(self, conn):
        try:
            if self._closed:
                await conn.close()
            else:
                self._idle.append(conn)
        finally:
            self._slots.release()

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            await conn.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.close()
