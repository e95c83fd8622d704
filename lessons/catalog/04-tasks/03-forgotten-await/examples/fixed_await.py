# The same code with its awaits.
import asyncio


async def fetch_data():
    await asyncio.sleep(1)
    return {"rows": 3}


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    await asyncio.sleep(1)
    print(f"after sleeping 1s: {loop.time() - start:.1f}s passed")

    result = await fetch_data()
    print("result:", type(result).__name__)
    print(result["rows"])


asyncio.run(main())
