"""It is the concurrency level that matters: 100 requests of 0.15 s each, four ways."""
import asyncio
import os
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import aiohttp

BASE = os.environ["LOOPSCOPE_LAB_URL"]
URLS = [f"{BASE}/delay/0.15?n={i}" for i in range(100)]


def fetch_blocking(url):
    with urllib.request.urlopen(url) as response:
        return response.status


def with_threads(workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fetch_blocking, URLS))


async def with_tasks(limit):
    sem = asyncio.Semaphore(limit)
    connector = aiohttp.TCPConnector(limit=0)          # no pool cap: the semaphore decides
    async with aiohttp.ClientSession(connector=connector) as session:
        async def fetch(url):
            async with sem:
                async with session.get(url) as response:
                    await response.read()
                    return response.status
        return await asyncio.gather(*(fetch(u) for u in URLS))


def measure(label, fn):
    start = time.perf_counter()
    statuses = fn()
    elapsed = time.perf_counter() - start
    assert statuses == [200] * len(URLS), statuses
    print(f"{label:<24} {elapsed:5.2f} s")
    return elapsed


results = {
    "threads, 10 workers": measure("threads, 10 workers", lambda: with_threads(10)),
    "threads, 100 workers": measure("threads, 100 workers", lambda: with_threads(100)),
    "async, 10 at a time": measure("async, 10 at a time", lambda: asyncio.run(with_tasks(10))),
    "async, 100 at a time": measure("async, 100 at a time", lambda: asyncio.run(with_tasks(100))),
}
r = results
print("10-wide: threads ~ async:", "yes" if 0.6 < r["threads, 10 workers"] / r["async, 10 at a time"] < 1.6 else "no")
print("100-wide beats 10-wide:", "yes" if r["async, 100 at a time"] * 2.5 < r["async, 10 at a time"]
      and r["threads, 100 workers"] * 2.5 < r["threads, 10 workers"] else "no")
