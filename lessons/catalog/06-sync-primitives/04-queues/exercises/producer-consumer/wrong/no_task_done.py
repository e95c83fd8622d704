import asyncio


async def handle(job: int) -> int:
    await asyncio.sleep(0.3)  # the actual work
    return job * 10


async def worker(queue: asyncio.Queue, results: list[int]) -> None:
    while True:
        job = await queue.get()
        results.append(await handle(job))


async def run_pipeline(jobs: list[int], workers: int) -> list[int]:
    results: list[int] = []
    queue: asyncio.Queue = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    tasks = [asyncio.create_task(worker(queue, results)) for _ in range(workers)]
    await queue.join()  # every job was taken and marked done
    # The workers now wait in queue.get() forever: stop them and wait until they are gone.
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results


async def main() -> None:
    results = await run_pipeline(list(range(9)), workers=3)
    print(f"processed {len(results)} jobs")


if __name__ == "__main__":
    asyncio.run(main())
