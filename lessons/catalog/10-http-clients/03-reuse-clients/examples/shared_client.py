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


async def fetch(client, i):
    response = await client.get(f"/items/{i}", extensions={"trace": count_connections})
    return response.json()["name"]


async def main():
    start = time.perf_counter()
    # One client for the whole program: its pool keeps connections open between requests.
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=5)
    async with httpx.AsyncClient(base_url=BASE, limits=limits) as client:
        for round_no in range(3):
            names = await asyncio.gather(*(fetch(client, i) for i in range(5)))
    print("last round:", names)
    print(f"15 requests, connections opened: {connections}")
    print(f"took {time.perf_counter() - start:.2f}s")


asyncio.run(main())
