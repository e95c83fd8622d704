"""Retry with exponential backoff and jitter, against the lab's /flaky endpoint."""
import asyncio
import os
import random

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]
RUN = os.getpid()                    # unique keys, so every run starts fresh
RETRYABLE = {429, 502, 503, 504}


class GiveUp(Exception):
    pass


async def get_with_retry(client, url, *, attempts=5, base=0.1, cap=2.0):
    for attempt in range(1, attempts + 1):
        try:
            response = await client.get(url)
            if response.status_code not in RETRYABLE:
                response.raise_for_status()          # 4xx like 404: retrying won't help
                return response.json()
            problem = f"HTTP {response.status_code}"
        except httpx.TransportError as exc:          # connection refused, reset, timeout...
            problem = type(exc).__name__
        if attempt == attempts:
            raise GiveUp(f"{url}: {problem} after {attempts} attempts")
        # Exponential backoff with "full jitter": a random wait in [0, base * 2**n].
        delay = random.uniform(0, min(cap, base * 2 ** attempt))
        print(f"  {url.split('key=')[-1]}: attempt {attempt} -> {problem}, waiting {delay:.2f} s")
        await asyncio.sleep(delay)


async def main():
    random.seed(7)                                    # repeatable jitter for the lesson
    async with httpx.AsyncClient(base_url=BASE, timeout=5) as client:
        urls = [f"/flaky?fail=3&key=user-{RUN}-{n}" for n in range(3)]
        results = await asyncio.gather(*(get_with_retry(client, u) for u in urls))
        for r in results:
            print(f"ok after {r['attempt']} attempts")

        try:
            await get_with_retry(client, "/status/404")
        except httpx.HTTPStatusError as exc:
            print("404 is not retried:", exc.response.status_code)

        try:
            await get_with_retry(client, f"/flaky?fail=99&key=down-{RUN}", attempts=3)
        except GiveUp as exc:
            print("gave up:", str(exc).split(": ", 1)[1])


asyncio.run(main())
