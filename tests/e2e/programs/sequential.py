import asyncio

async def nap(n):
    await asyncio.sleep(n)

async def main():
    await nap(1)
    await nap(2)
    await nap(3)

asyncio.run(main())
