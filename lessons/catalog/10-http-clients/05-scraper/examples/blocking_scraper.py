import asyncio
import os
import time
import urllib.request

BASE = os.environ["LOOPSCOPE_LAB_URL"]
URLS = [f"{BASE}/delay/0.2?page={i}" for i in range(6)]


def fetch_sync(url):
    # requests.get / urllib: the thread waits here until the answer is in.
    with urllib.request.urlopen(url, timeout=5) as response:
        return len(response.read())


async def scrape():
    sizes = []
    for url in URLS:
        sizes.append(fetch_sync(url))  # called from async def, so it blocks the loop
    return sizes


async def heartbeat():
    for _ in range(4):
        print("heartbeat")
        await asyncio.sleep(0.1)


async def main():
    start = time.perf_counter()
    sizes, _ = await asyncio.gather(scrape(), heartbeat())
    print(f"{len(sizes)} pages in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
