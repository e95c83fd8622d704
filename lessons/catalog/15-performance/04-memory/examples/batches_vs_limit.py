"""Bounding concurrency: fixed batches vs a semaphore-guarded connection pool."""
import asyncio
from contextlib import asynccontextmanager

# 30 jobs of uneven length: one slow job in every batch of 10.
DURATIONS = [1.0 if i % 10 == 0 else 0.2 for i in range(30)]


class Pool:
    """At most `size` connections in use; always given back, even on errors."""

    def __init__(self, size):
        self._sem = asyncio.Semaphore(size)
        self.in_use = 0
        self.max_in_use = 0

    @asynccontextmanager
    async def connection(self):
        async with self._sem:                     # wait for a free slot
            self.in_use += 1
            self.max_in_use = max(self.max_in_use, self.in_use)
            try:
                yield f"conn-{self.in_use}"
            finally:
                self.in_use -= 1                  # released on success, error or cancel


async def query(pool, seconds):
    async with pool.connection():
        await asyncio.sleep(seconds)


async def in_batches(size=10):
    pool = Pool(size)
    for start in range(0, len(DURATIONS), size):   # each batch waits for its slowest job
        await asyncio.gather(*(query(pool, d) for d in DURATIONS[start:start + size]))
    return pool


async def with_limit(size=10):
    pool = Pool(size)
    await asyncio.gather(*(query(pool, d) for d in DURATIONS))  # a slot frees -> next job starts
    return pool


async def main():
    loop = asyncio.get_running_loop()
    for label, strategy in [("batches of 10", in_batches), ("semaphore of 10", with_limit)]:
        start = loop.time()
        pool = await strategy()
        print(f"{label:<16} {loop.time() - start:.1f} s, at most {pool.max_in_use} connections,"
              f" {pool.in_use} still in use")


asyncio.run(main())
