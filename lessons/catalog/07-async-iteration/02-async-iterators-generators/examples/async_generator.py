# An async generator: `async def` + `yield`. Much shorter than a class,
# and its `finally` runs when the consumer stops early -- if you close it.
import asyncio
from contextlib import aclosing


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def fetch_items(source):
    print(f"{now()}  {source}: open connection")
    try:
        page = 0
        while True:
            await asyncio.sleep(0.5)             # fetch a page
            page += 1
            for i in range(2):
                yield f"{source}-p{page}-{i}"
    finally:
        print(f"{now()}  {source}: close connection")


async def main():
    global START
    START = asyncio.get_running_loop().time()

    # Stop after 3 items. aclosing() closes the generator when the block ends,
    # so its finally runs right here, not "some time later".
    async with aclosing(fetch_items("api")) as items:
        async for item in items:
            print(f"{now()}  got {item}")
            if item.endswith("p2-0"):
                break
    print(f"{now()}  after the loop")

    # The same early break without aclosing(): the generator is only finalised
    # later, by the event loop, after it notices the generator is gone.
    gen = fetch_items("api2")
    async for item in gen:
        print(f"{now()}  got {item}")
        break
    print(f"{now()}  after the second loop (has api2 closed yet?)")
    del gen
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"{now()}  end of main")


asyncio.run(main())
