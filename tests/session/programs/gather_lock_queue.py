import asyncio


async def worker(n, lock, q):
    async with lock:
        await asyncio.sleep(0.01 * n)
    await q.put(n)


async def consumer(q):
    for _ in range(3):
        print("got", await q.get())


async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue(maxsize=1)
    workers = asyncio.gather(*(worker(i, lock, q) for i in range(3)))
    c = asyncio.create_task(consumer(q))
    await workers
    await c


asyncio.run(main())
