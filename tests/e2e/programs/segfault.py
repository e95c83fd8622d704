import asyncio
import ctypes

async def main():
    print("before the crash")
    await asyncio.sleep(0.1)
    ctypes.string_at(0)

asyncio.run(main())
