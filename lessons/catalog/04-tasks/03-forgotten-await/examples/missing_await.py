# Two forgotten awaits. Neither raises an error where the mistake is.
import asyncio


async def fetch_data():
    await asyncio.sleep(1)
    return {"rows": 3}


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    asyncio.sleep(1)                 # forgot await: the pause simply does not happen
    print(f"after 'sleeping' 1s: {loop.time() - start:.1f}s passed")

    result = fetch_data()            # forgot await: result is a coroutine, not data
    print("result:", type(result).__name__)
    try:
        print(result["rows"])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
