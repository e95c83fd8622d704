import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

LIMIT = 250_000


def count_primes(first, step):
    # Pure Python CPU work: it holds the GIL the whole time.
    found = 0
    for n in range(first, LIMIT, step):
        if n < 2:
            continue
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            found += 1
    return found


async def run_on(pool, label):
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    # Four equal shares of the work: numbers 0,4,8..., 1,5,9..., and so on.
    jobs = [loop.run_in_executor(pool, count_primes, first, 4) for first in range(4)]
    total = sum(await asyncio.gather(*jobs))
    print(f"{label}: {total} primes in {time.perf_counter() - start:.2f}s")


async def main():
    print(f"CPU cores: {os.cpu_count()}")
    with ThreadPoolExecutor(max_workers=4) as threads:
        await run_on(threads, "4 threads  ")
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as processes:
        await run_on(processes, "processes  ")


if __name__ == "__main__":  # required: worker processes re-import this file
    asyncio.run(main())
