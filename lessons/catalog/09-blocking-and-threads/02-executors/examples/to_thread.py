import asyncio
import time


def legacy_fetch(name):
    # A blocking call from a library with no async version.
    time.sleep(0.5)
    return f"{name}: 42 rows"


async def heartbeat():
    for i in range(5):
        print(f"tick {i}")
        await asyncio.sleep(0.15)


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(legacy_fetch, "orders"),
        asyncio.to_thread(legacy_fetch, "users"),
        asyncio.to_thread(legacy_fetch, "stock"),
        heartbeat(),
    )
    print(results[:3])
    print(f"three blocking calls took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
