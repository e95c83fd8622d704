import asyncio
import time


async def heartbeat():
    # Should print every 0.1 s while the loop is free.
    last, longest = time.perf_counter(), 0.0
    for i in range(6):
        print(f"tick {i}")
        await asyncio.sleep(0.1)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    print(f"longest gap between ticks: {longest:.2f}s")


async def bad_worker():
    await asyncio.sleep(0.15)
    print("bad_worker: calling time.sleep(0.6)")
    time.sleep(0.6)  # blocks the whole loop: no tick can print meanwhile
    print("bad_worker: done")


async def main():
    await asyncio.gather(heartbeat(), bad_worker())


asyncio.run(main())
