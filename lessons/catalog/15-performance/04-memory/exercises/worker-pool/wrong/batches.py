"""Handle 1 000 jobs, 50 at a time, without 1 000 tasks."""
import asyncio

LIMIT = 50


async def handle(job: int) -> int:
    await asyncio.sleep(0.1)                  # one call to the backend
    return job * 2


async def process_all(jobs: list) -> list:
    results = []
    for start in range(0, len(jobs), LIMIT):  # batches of 50: each waits for its slowest
        batch = jobs[start:start + LIMIT]
        results += await asyncio.gather(*(handle(job) for job in batch))
    return results

async def main():
    results = await process_all(list(range(1000)))
    print(f"handled {len(results)} jobs, checksum {sum(results)}")


if __name__ == "__main__":
    asyncio.run(main())
