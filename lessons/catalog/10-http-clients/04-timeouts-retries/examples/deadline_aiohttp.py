import asyncio
import os

import aiohttp

BASE = os.environ["LOOPSCOPE_LAB_URL"]


async def main():
    async with aiohttp.ClientSession() as session:
        # asyncio.timeout (Python 3.11+): a deadline for everything in the block.
        try:
            async with asyncio.timeout(1.0):
                for i in range(5):
                    async with session.get(f"{BASE}/delay/0.3") as response:
                        await response.read()
                    print(f"step {i} done")
        except TimeoutError:
            print("block cancelled at its 1 s deadline")

        # aiohttp's own per-request limit.
        try:
            timeout = aiohttp.ClientTimeout(total=0.5)
            async with session.get(f"{BASE}/delay/2", timeout=timeout) as response:
                await response.read()
        except asyncio.TimeoutError:
            print("aiohttp gave up after 0.5 s")


asyncio.run(main())
