# expect: wrong_answer
# Hands a released connection straight to a waiting task, but takes the
# waiter from the end of the list: the task that has waited the least is
# served first.
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
        self._waiters = []
        self._closed = False

    async def _get(self):
        if self._closed:
            raise RuntimeError("the pool is closed")
        if self._idle:
            return self._idle.pop()
        if self._size < self._max_size:
            self._size += 1
            try:
                return await self._factory()
            except BaseException:
                self._size -= 1
                raise
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        return await waiter

    async def _put(self, conn):
        if self._closed:
            await conn.close()
        elif self._waiters:
            self._waiters.pop().set_result(conn)
        else:
            self._idle.append(conn)

    @contextlib.asynccontextmanager
    async def acquire(self):
        conn = await self._get()
        try:
            yield conn
        finally:
            await self._put(conn)

    async def close(self) -> None:
        self._closed = True
        for waiter in self._waiters:
            waiter.set_exception(RuntimeError("the pool is closed"))
        self._waiters = []
        idle, self._idle = self._idle, []
        for conn in idle:
            await conn.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.close()
