"""Handle 1 000 jobs, 50 at a time, without 1 000 tasks."""
import asyncio

LIMIT = 50


async def handle(job: int) -> int:
    await asyncio.sleep(0.1)                  # one call to the backend
    return job * 2


async def process_all(jobs: list) -> list:
    # TODO: one task per job: 1 000 tasks alive at once. Use LIMIT workers instead.
    gate = asyncio.Semaphore(LIMIT)

    async def limited(job):
        async with gate:
            return await handle(job)

    return await asyncio.gather(*(limited(job) for job in jobs))

async def main():
    results = await process_all(list(range(1000)))
    print(f"handled {len(results)} jobs, checksum {sum(results)}")


if __name__ == "__main__":
    asyncio.run(main())
