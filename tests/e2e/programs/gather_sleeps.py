import asyncio

async def nap(n):
    await asyncio.sleep(n)
    return n

async def main():
    print(await asyncio.gather(nap(1), nap(2), nap(3)))

asyncio.run(main())
