import asyncio

async def worker(sem):
    async with sem:
        await asyncio.sleep(1)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem) for _ in range(6)))

asyncio.run(main())
