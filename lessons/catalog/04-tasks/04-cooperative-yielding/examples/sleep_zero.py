# A long computation split into chunks, next to a heartbeat.
#   default:   no yielding: the heartbeat starves until the end
#   --yield:   await asyncio.sleep(0) after each chunk gives the loop a turn
import asyncio
import sys
import time

YIELD = "--yield" in sys.argv


def chunk_of_work():
    # About 30 ms of pure computation. It runs until the clock says so, rather than a
    # fixed number of sums, so the chunk is as long on a fast machine as on a slow one.
    deadline = time.perf_counter() + 0.03
    total = 0
    while time.perf_counter() < deadline:
        total += sum(i * i for i in range(1_000))
    return total


async def heartbeat():
    for i in range(5):
        print(f"beat {i}")
        await asyncio.sleep(0.05)


async def crunch():
    for n in range(10):
        chunk_of_work()
        if YIELD:
            await asyncio.sleep(0)   # "I can pause here": the loop runs whoever is ready
    print("crunch done")


async def main():
    await asyncio.gather(crunch(), heartbeat())


asyncio.run(main())
