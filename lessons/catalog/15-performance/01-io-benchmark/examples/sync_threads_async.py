"""Sync vs threads vs async on the same I/O-bound job: 10 requests that each take 0.3 s."""
import asyncio
import os
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import aiohttp

BASE = os.environ["LOOPSCOPE_LAB_URL"]
URLS = [f"{BASE}/delay/0.3?n={i}" for i in range(10)]


def fetch_blocking(url):
    with urllib.request.urlopen(url) as response:   # the standard library's blocking client
        return response.status


def all_sequential():
    return [fetch_blocking(url) for url in URLS]     # one request after another


async def fetch_async(session, url):
    async with session.get(url) as response:
        await response.read()
        return response.status


async def timed(label, coro):
    start = time.perf_counter()
    statuses = await coro
    elapsed = time.perf_counter() - start
    assert statuses == [200] * len(URLS)
    print(f"{label:<22} {elapsed:5.2f} s")
    return elapsed


async def main():
    loop = asyncio.get_running_loop()

    # 1. Sequential: run in one worker thread so the timeline shows it as one long job.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync") as one:
        t_sync = await timed("sync (sequential)", loop.run_in_executor(one, all_sequential))

    # 2. Threads: the same blocking client, 10 worker threads.
    with ThreadPoolExecutor(max_workers=10, thread_name_prefix="pool") as pool:
        jobs = [loop.run_in_executor(pool, fetch_blocking, url) for url in URLS]
        t_threads = await timed("threads (10 workers)", asyncio.gather(*jobs))

    # 3. Async: one thread, one session, 10 tasks.
    async with aiohttp.ClientSession() as session:
        t_async = await timed("async (10 tasks)", asyncio.gather(*(fetch_async(session, u) for u in URLS)))

    print(f"sync / async    = {t_sync / t_async:4.1f}x")
    print(f"threads / async = {t_threads / t_async:4.1f}x")
    # Verdicts with wide margins, so they hold on a busy machine too.
    print("async much faster than sequential:", "yes" if t_sync > 4 * t_async else "no")
    print("threads and async about equal:", "yes" if 0.5 < t_threads / t_async < 2 else "no")


asyncio.run(main())
