# Streaming: handle each line of an HTTP response as it arrives, instead of
# waiting for the whole body. The lab server sends one JSON line every 0.2 s.
import asyncio
import json
import os
import time

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]


async def lines_from(client, url):
    """An async generator over the lines of a streamed response."""
    async with client.stream("GET", url) as response:
        async for line in response.aiter_lines():
            if line:
                yield json.loads(line)


async def heartbeat(stop):
    # Shows that the loop stays free while we wait for the next line.
    beats = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        beats += 1
    print(f"heartbeat ran {beats} times meanwhile")


async def main():
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    start = time.perf_counter()
    first = None
    async with httpx.AsyncClient(timeout=10) as client:
        async for record in lines_from(client, f"{BASE}/stream/6?delay=0.2"):
            if first is None:
                first = time.perf_counter() - start
            print(f"record {record['id']} handled")
    total = time.perf_counter() - start
    stop.set()
    await beat
    print(f"first record after {'<1 s' if first < 1 else '>=1 s'}, all 6 after {'>=1 s' if total >= 1 else '<1 s'}")


asyncio.run(main())
