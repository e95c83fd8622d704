import asyncio

async def main():
    await asyncio.sleep(0)
    raise ValueError("bad value")  # RAISE LINE

asyncio.run(main())
