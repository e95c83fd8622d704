import asyncio


async def handle(job: int) -> int:
    await asyncio.sleep(0.3)  # the actual work
    return job * 10


async def worker(queue: asyncio.Queue, results: list[int]) -> None:
    # TODO: take jobs from the queue forever, handle them, and mark each one done.
    pass


async def run_pipeline(jobs: list[int], workers: int) -> list[int]:
    results: list[int] = []
    # TODO: a queue, `workers` worker tasks, wait for the queue, stop the workers.
    for job in jobs:
        results.append(await handle(job))
    return results


async def main() -> None:
    results = await run_pipeline(list(range(9)), workers=3)
    print(f"processed {len(results)} jobs")


if __name__ == "__main__":
    asyncio.run(main())
