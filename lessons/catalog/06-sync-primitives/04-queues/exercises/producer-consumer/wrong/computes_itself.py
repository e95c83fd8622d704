"""Starts three workers that only wait, marks nothing but computes every result itself:
handle() is never called (task_done is only mentioned)."""
import asyncio

NOTE = "queue.task_done()"


async def handle(job: int) -> int:
    await asyncio.sleep(0.3)
    return job * 10


async def worker(queue: asyncio.Queue, results: list[int]) -> None:
    await asyncio.sleep(0.3)


async def run_pipeline(jobs: list[int], workers: int) -> list[int]:
    tasks = [asyncio.create_task(worker(asyncio.Queue(), [])) for _ in range(workers)]
    await asyncio.gather(*tasks)
    return [job * 10 for job in jobs]


async def main() -> None:
    results = await run_pipeline(list(range(9)), workers=3)
    print(f"processed {len(results)} jobs")


if __name__ == "__main__":
    asyncio.run(main())
