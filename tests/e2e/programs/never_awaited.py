import asyncio
import gc

async def forgotten():
    pass

async def main():
    forgotten()  # NEVER AWAITED
    gc.collect()
    await asyncio.sleep(0)

asyncio.run(main())
