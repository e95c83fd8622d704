# Three "downloads", awaited one after another.
# asyncio.sleep stands in for waiting on the network.
import asyncio


async def download(name):
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - START:.1f}s  start {name}")
    await asyncio.sleep(1)          # waiting for the server...
    print(f"{loop.time() - START:.1f}s  done  {name}")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    await download("a.zip")         # wait for it to finish,
    await download("b.zip")         # then start the next one,
    await download("c.zip")         # and so on.
    print(f"total {asyncio.get_running_loop().time() - START:.1f}s")


asyncio.run(main())
