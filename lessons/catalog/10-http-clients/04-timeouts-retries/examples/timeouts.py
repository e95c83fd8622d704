import asyncio
import os

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]


async def five_steps(client):
    for i in range(5):
        await client.get("/delay/0.3")  # each step is fine; five are too many
        print(f"step {i} done")


async def main():
    # 1. httpx's own timeout: no connect / read / write may wait longer than 0.5 s.
    async with httpx.AsyncClient(base_url=BASE, timeout=0.5) as client:
        try:
            await client.get("/delay/2")
        except httpx.TimeoutException as exc:
            print("httpx gave up:", type(exc).__name__)

        # 2. A deadline for a whole piece of work, whatever it awaits inside.
        try:
            await asyncio.wait_for(five_steps(client), timeout=1.0)
        except TimeoutError:
            print("whole job cancelled at its 1 s deadline")

        # 3. The client still works afterwards.
        print("after:", (await client.get("/uuid")).status_code)


asyncio.run(main())
