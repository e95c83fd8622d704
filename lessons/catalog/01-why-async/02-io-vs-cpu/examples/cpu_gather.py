# Three CPU-bound jobs handed to asyncio.gather. Will they overlap?
import asyncio
import time


def count_primes(limit):
    """Pure computation: no waiting anywhere."""
    found = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            found += 1
    return found


async def crunch(name):
    print(f"start {name}")
    result = count_primes(250_000)   # never awaits: the loop cannot switch
    print(f"done  {name}: {result} primes")


async def main():
    start = time.perf_counter()
    await asyncio.gather(crunch("A"), crunch("B"), crunch("C"))
    print(f"total {time.perf_counter() - start:.2f}s")


asyncio.run(main())
