import asyncio
import os
import time

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]
connections = 0


async def count_connections(event, info):
    # httpx's low-level trace hook; used here only to count new TCP connections.
    global connections
    if event == "connection.connect_tcp.complete":
        connections += 1


async def fetch(i):
    # Anti-pattern: a brand-new client (and connection pool) for every request.
    async with httpx.AsyncClient(base_url=BASE) as client:
        response = await client.get(f"/items/{i}", extensions={"trace": count_connections})
        return response.json()["name"]


async def main():
    start = time.perf_counter()
    for round_no in range(3):
        names = await asyncio.gather(*(fetch(i) for i in range(5)))
    print("last round:", names)
    print(f"15 requests, connections opened: {connections}")
    print(f"took {time.perf_counter() - start:.2f}s")


asyncio.run(main())
