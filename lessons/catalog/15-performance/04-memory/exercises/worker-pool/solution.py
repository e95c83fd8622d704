"""Handle 1 000 jobs, 50 at a time, without 1 000 tasks."""
import asyncio

LIMIT = 50


async def handle(job: int) -> int:
    await asyncio.sleep(0.1)                  # one call to the backend
    return job * 2


async def process_all(jobs: list) -> list:
    queue: asyncio.Queue = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    results = []

    async def worker():
        # A few long-lived tasks take the jobs one by one: memory stays flat however many
        # jobs there are.
        while not queue.empty():
            job = queue.get_nowait()
            results.append(await handle(job))

    await asyncio.gather(*(worker() for _ in range(LIMIT)))
    return results

async def main():
    results = await process_all(list(range(1000)))
    print(f"handled {len(results)} jobs, checksum {sum(results)}")


if __name__ == "__main__":
    asyncio.run(main())
