import asyncio

async def worker(lock):
    async with lock:
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock) for _ in range(3)))

asyncio.run(main())
