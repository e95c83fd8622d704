# A heartbeat task next to a worker that "waits" three times for 0.5 s.
#   default:   the worker uses time.sleep   (blocks the loop)
#   --async:   the worker uses asyncio.sleep (lets the heartbeat run)
import asyncio
import sys
import time

ASYNC = "--async" in sys.argv


async def heartbeat():
    for i in range(12):
        print(f"beat {i}")
        await asyncio.sleep(0.1)


async def worker():
    for step in range(3):
        if ASYNC:
            await asyncio.sleep(0.5)
        else:
            time.sleep(0.5)          # the whole thread stops: no await, no switch
        print(f"worker step {step} done")


async def main():
    start = time.perf_counter()
    await asyncio.gather(heartbeat(), worker())
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
