import asyncio

async def nap(n):
    await asyncio.sleep(n)

async def main():
    tasks = [asyncio.create_task(nap(n)) for n in (1, 2, 3)]
    for t in tasks:
        await t

asyncio.run(main())
