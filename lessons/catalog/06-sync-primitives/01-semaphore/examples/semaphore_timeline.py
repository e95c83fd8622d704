# Ten jobs, a Semaphore(3): never more than three inside the block.
#   --no-limit: the same jobs without the semaphore, for comparison
import asyncio
import contextlib
import sys

LIMIT = None if "--no-limit" in sys.argv else 3


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


inside = 0


async def job(n, sem):
    global inside
    async with sem:                      # acquire (maybe wait), release on exit
        inside += 1
        print(f"{now()}  job {n} in   ({inside} inside)")
        await asyncio.sleep(1)
        inside -= 1
        print(f"{now()}  job {n} out")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    # nullcontext() also works with `async with`: a block that never waits.
    sem = asyncio.Semaphore(LIMIT) if LIMIT else contextlib.nullcontext()
    await asyncio.gather(*(job(n, sem) for n in range(10)))
    print(f"{now()}  all done")


asyncio.run(main())
