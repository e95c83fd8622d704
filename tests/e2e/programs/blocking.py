import asyncio
import time

async def main():
    await asyncio.sleep(0)
    time.sleep(0.4)  # BLOCKING LINE
    await asyncio.sleep(0)

asyncio.run(main())
