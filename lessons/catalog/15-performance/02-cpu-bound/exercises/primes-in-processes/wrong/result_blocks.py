"""Counting primes below 700 000 in four chunks."""
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

LIMIT = 700_000
# Four chunks of about equal cost (the work grows like n ** 1.5, so later chunks are narrower).
CHUNKS = [(int(LIMIT * (i / 4) ** (2 / 3)), int(LIMIT * ((i + 1) / 4) ** (2 / 3))) for i in range(4)]


def count_primes(start: int, stop: int) -> int:
    """Pure Python CPU work: no I/O, nothing to wait for."""
    count = 0
    for n in range(max(start, 2), stop):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count


async def main() -> int:
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        futures = [pool.submit(count_primes, a, b) for a, b in CHUNKS]
        counts = [f.result() for f in futures]     # result() blocks: the loop waits here
    return sum(counts)


if __name__ == "__main__":                  # worker processes import this module: keep this guard
    total = asyncio.run(main())
    print(f"primes below {LIMIT}: {total}")
