# A long computation split into chunks, next to a heartbeat.
#   default:   no yielding: the heartbeat starves until the end
#   --yield:   await asyncio.sleep(0) after each chunk gives the loop a turn
import asyncio
import sys

YIELD = "--yield" in sys.argv


def chunk_of_work():
    return sum(i * i for i in range(300_000))      # a few tens of milliseconds


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
