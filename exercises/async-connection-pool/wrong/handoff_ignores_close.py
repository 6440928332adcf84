# expect: wrong_answer
# Hands a returned connection straight to the first waiting task by setting
# the result of its future. close() fails only the futures that are not done
# yet, so a task that was handed a connection just before close() still gets
# it (and uses it) after the pool has been closed.
import asyncio
import collections
import contextlib


class ConnectionPool:
    def __init__(self, factory, max_size: int) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self._max_size = max_size
        self._size = 0  # connections that exist or are being opened
        self._idle = []
        self._waiters = collections.deque()  # futures of waiting tasks
        self._closed = False

    def _hand(self, conn):
        # Give conn (None: "a place is free, open one") to the first waiter.
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)
                return True
        return False

    async def _get(self):
        while True:
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
                    self._hand(None)
                    raise
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            conn = await waiter
            if conn is not None:
                return conn

    async def _put(self, conn):
        if self._closed:
            self._size -= 1
            await conn.close()
        elif not self._hand(conn):
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
            if not waiter.done():
                waiter.set_exception(RuntimeError("the pool is closed"))
        self._waiters.clear()
        idle, self._idle = self._idle, []
        for conn in idle:
            self._size -= 1
            await conn.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.close()
