# The same three CPU-bound jobs, sent to a pool of worker processes.
# The event loop only waits for the results, so it stays free.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):
    found = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            found += 1
    return found


async def crunch(pool, name):
    loop = asyncio.get_running_loop()
    print(f"start {name}")
    result = await loop.run_in_executor(pool, count_primes, 250_000)
    print(f"done  {name}: {result} primes")


async def heartbeat():
    # proves the loop is free: it ticks while the processes compute
    for _ in range(3):
        await asyncio.sleep(0.05)
        print("tick")


async def main(pool):
    start = time.perf_counter()
    await asyncio.gather(crunch(pool, "A"), crunch(pool, "B"),
                         crunch(pool, "C"), heartbeat())
    print(f"total {time.perf_counter() - start:.2f}s")


if __name__ == "__main__":      # required: worker processes may re-import this file
    with ProcessPoolExecutor(max_workers=3) as pool:
        # Starting the worker processes is slow (hundreds of ms on a busy machine) and happens
        # at the first submit, in whatever thread submits. Start them before the loop runs,
        # so that no step of the loop pays for it.
        list(pool.map(abs, range(3)))
        asyncio.run(main(pool))
