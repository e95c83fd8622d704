import asyncio
import os
import time

import aiohttp

BASE = os.environ["LOOPSCOPE_LAB_URL"]
# 20 pages: most answer after 0.2 s, every 7th one is broken.
URLS = [f"{BASE}/status/500" if i % 7 == 6 else f"{BASE}/delay/0.2?page={i}" for i in range(20)]
LIMIT = 5

in_flight = 0
most_in_flight = 0


async def fetch(session, limit, url):
    global in_flight, most_in_flight
    async with limit:  # at most LIMIT requests past this line at once
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        try:
            async with session.get(url) as response:
                response.raise_for_status()
                return url, len(await response.read())
        except aiohttp.ClientError as exc:
            return url, f"failed: {type(exc).__name__}"
        finally:
            in_flight -= 1


async def main():
    start = time.perf_counter()
    limit = asyncio.Semaphore(LIMIT)
    timeout = aiohttp.ClientTimeout(total=5)
    ok = failed = 0
    async with aiohttp.ClientSession(timeout=timeout) as session:
        jobs = [fetch(session, limit, url) for url in URLS]
        for finished in asyncio.as_completed(jobs):  # results in the order they complete
            url, result = await finished
            if isinstance(result, int):
                ok += 1
            else:
                failed += 1
                print(url.replace(BASE, ""), result)
    print(f"{ok} ok, {failed} failed, at most {most_in_flight} requests at once")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
