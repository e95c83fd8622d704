"""Runs count_primes four times in worker processes, on tiny ranges, and returns the total it
knows: the timeline shows the process pool, but the primes are never counted."""
import asyncio
from concurrent.futures import ProcessPoolExecutor

LIMIT = 700_000
CHUNKS = [(int(LIMIT * (i / 4) ** (2 / 3)), int(LIMIT * ((i + 1) / 4) ** (2 / 3))) for i in range(4)]


def count_primes(start: int, stop: int) -> int:
    count = 0
    for n in range(max(start, 2), stop):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count


async def main() -> int:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=4) as pool:
        await asyncio.gather(*(loop.run_in_executor(pool, count_primes, 0, 10) for _ in range(4)))
    return 56543


if __name__ == "__main__":
    total = asyncio.run(main())
    print(f"primes below {LIMIT}: {total}")
