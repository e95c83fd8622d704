import asyncio
import os
import time

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]

# Four "services" that each take 0.5 s to answer (the lab's /delay endpoint).
PARTS = {
    "profile": "/delay/0.5?part=profile",
    "orders": "/delay/0.5?part=orders",
    "friends": "/delay/0.5?part=friends",
    "settings": "/delay/0.5?part=settings",
}


async def one_by_one(client):
    results = {}
    for name, path in PARTS.items():
        results[name] = (await client.get(path)).json()["args"]["part"]
    return results


async def all_at_once(client):
    responses = await asyncio.gather(*(client.get(path) for path in PARTS.values()))
    return {name: r.json()["args"]["part"] for name, r in zip(PARTS, responses)}


async def main():
    async with httpx.AsyncClient(base_url=BASE) as client:
        await client.get("/get")  # warm up: the first request pays one-off setup costs
        for label, strategy in (("one by one", one_by_one), ("gather", all_at_once)):
            start = time.perf_counter()
            parts = await strategy(client)
            print(f"{label}: {sorted(parts.values())} in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
