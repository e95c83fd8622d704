# Real HTTP against the local lab server: 12 requests of 0.5 s each,
# at most 4 at a time. Uses one shared httpx client.
import asyncio
import os
import time

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]


async def main():
    sem = asyncio.Semaphore(4)
    in_flight = peak = 0

    async def fetch(client, i):
        nonlocal in_flight, peak
        async with sem:
            in_flight += 1
            peak = max(peak, in_flight)
            try:
                r = await client.get(f"{BASE}/delay/0.5", params={"n": i})
                return r.status_code
            finally:
                in_flight -= 1

    start = time.perf_counter()
    async with httpx.AsyncClient(timeout=10) as client:
        codes = await asyncio.gather(*(fetch(client, i) for i in range(12)))
    elapsed = time.perf_counter() - start
    print(f"statuses: {sorted(set(codes))}, peak in flight: {peak}")
    print(f"12 requests x 0.5 s with 4 at a time: about {round(elapsed * 2) / 2} s")


asyncio.run(main())
