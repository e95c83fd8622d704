"""How much memory does a task cost? Measure with tracemalloc."""
import asyncio
import gc
import tracemalloc

N = 2_000


async def job(i):
    await asyncio.sleep(1)          # every job waits 1 s (e.g. for a response)
    return i


def start_measuring():
    gc.collect()
    tracemalloc.reset_peak()
    return tracemalloc.get_traced_memory()[0]


def peak_since(base):
    return tracemalloc.get_traced_memory()[1] - base


async def one_task_per_job():
    base = start_measuring()
    tasks = [asyncio.create_task(job(i)) for i in range(N)]
    await asyncio.gather(*tasks)
    return peak_since(base)


async def bounded_workers(workers):
    base = start_measuring()
    queue = asyncio.Queue()
    for i in range(N):
        queue.put_nowait(i)         # pending work is just cheap queue items

    async def worker():
        while not queue.empty():
            await job(queue.get_nowait())

    await asyncio.gather(*(worker() for _ in range(workers)))
    return peak_since(base)


async def main():
    loop = asyncio.get_running_loop()
    tracemalloc.start()
    for label, run in [(f"{N} tasks at once", one_task_per_job()),
                       ("200 workers + queue", bounded_workers(200))]:
        start = loop.time()
        held = await run
        print(f"{label:<20} {held / 1024:6.0f} KiB peak, finished in {loop.time() - start:4.1f} s")
        if label.endswith("at once"):
            per_task = held / N
            print(f"  = about {per_task:,.0f} bytes per task (peak / N)")
    tracemalloc.stop()
    print("a task costs about a kilobyte:", "yes" if 300 < per_task < 6000 else "no")


asyncio.run(main())
