import asyncio

async def main():
    await asyncio.sleep(0)
    while True:  # SPIN LINE
        pass

asyncio.run(main())
