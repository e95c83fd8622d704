# The same three "downloads", started together with asyncio.gather.
import asyncio


async def download(name):
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - START:.1f}s  start {name}")
    await asyncio.sleep(1)          # waiting for the server...
    print(f"{loop.time() - START:.1f}s  done  {name}")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    # gather wraps each coroutine in a task and waits for all of them
    await asyncio.gather(
        download("a.zip"),
        download("b.zip"),
        download("c.zip"),
    )
    print(f"total {asyncio.get_running_loop().time() - START:.1f}s")


asyncio.run(main())
