"""CPU-bound work: async does not help, threads do not help, processes do."""
import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(start, stop):
    """Pure Python CPU work: no I/O, nothing to wait for."""
    count = 0
    for n in range(max(start, 2), stop):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count

# Four chunks of about equal cost (the work grows like n ** 1.5, so later chunks are narrower).
CHUNKS = [(int(480_000 * (i / 4) ** (2 / 3)), int(480_000 * ((i + 1) / 4) ** (2 / 3))) for i in range(4)]


async def count_primes_async(start, stop):
    return count_primes(start, stop)        # 'async def' alone makes nothing concurrent


async def heartbeat(stop):
    """Wants to tick every 50 ms - it can only if the loop is free."""
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.05)
        ticks += 1
    return ticks


async def timed(label, make_work):
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop), name=f"heartbeat: {label}")
    await asyncio.sleep(0)                  # let the heartbeat start
    start = time.perf_counter()
    total = sum(await make_work())
    elapsed = time.perf_counter() - start
    stop.set()
    ticks = await beat
    expected = int(elapsed / 0.05)
    print(f"{label:<13} {elapsed:4.2f} s  primes={total}  heartbeat {ticks}/{expected} ticks")
    return elapsed, ticks, expected


async def main():
    loop = asyncio.get_running_loop()

    # 1. Coroutines: each runs start to finish in one step; the loop is frozen meanwhile.
    t_async, ticks_async, _ = await timed("coroutines", lambda: asyncio.gather(
        *(count_primes_async(a, b) for a, b in CHUNKS)))

    # 2. Threads: the GIL lets only one thread run Python bytecode at a time.
    with ThreadPoolExecutor(max_workers=4) as threads:
        t_thr, ticks_thr, exp_thr = await timed("4 threads", lambda: asyncio.gather(
            *(loop.run_in_executor(threads, count_primes, a, b) for a, b in CHUNKS)))

    # 3. Processes: separate interpreters, separate GILs, separate cores.
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as procs:
        await loop.run_in_executor(procs, int)   # start the workers before timing
        t_proc, ticks_proc, exp_proc = await timed("processes", lambda: asyncio.gather(
            *(loop.run_in_executor(procs, count_primes, a, b) for a, b in CHUNKS)))

    print(f"speed-up with {os.cpu_count()} processes: {t_async / t_proc:.1f}x (depends on idle cores)")
    print("coroutines froze the heartbeat:", "yes" if ticks_async <= 2 else "no")
    print("processes kept the loop responsive:", "yes" if ticks_proc >= exp_proc / 2 else "no")


if __name__ == "__main__":                  # needed: worker processes import this module
    asyncio.run(main())
