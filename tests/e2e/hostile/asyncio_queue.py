# Not an attack: asyncio (an event loop on epoll with a socketpair self-pipe),
# tasks, sleeps and a queue must work in the sandbox.
import asyncio


async def produce(queue):
    for n in (10, 12, 20):
        await asyncio.sleep(0.01)
        await queue.put(n)


async def main():
    queue = asyncio.Queue()
    producer = asyncio.create_task(produce(queue))
    total = 0
    for _ in range(3):
        total += await queue.get()
    await producer
    return total


def run():
    print("SENTINEL asyncio_queue", flush=True)
    return asyncio.run(main())
