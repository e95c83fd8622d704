# An Event is a one-bit signal: many tasks wait, one sets it, all wake.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def load_config(ready):
    await asyncio.sleep(1)                  # read files, fetch secrets...
    print(f"{now()}  config loaded, setting the event")
    ready.set()


async def worker(name, ready):
    print(f"{now()}  {name} waiting for config")
    await ready.wait()                      # returns at once if already set
    print(f"{now()}  {name} starts work")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    ready = asyncio.Event()
    await asyncio.gather(
        worker("w1", ready), worker("w2", ready), worker("w3", ready),
        load_config(ready),
    )
    await worker("late", ready)             # the event stays set
    ready.clear()
    print(f"{now()}  after clear(): is_set={ready.is_set()}")


asyncio.run(main())
