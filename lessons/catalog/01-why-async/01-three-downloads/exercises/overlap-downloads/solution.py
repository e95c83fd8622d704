"""Download three files. Right now one after another: make them overlap."""
import asyncio


async def download(name: str) -> str:
    """Pretend to fetch a file: one second of waiting for the server."""
    await asyncio.sleep(1)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    # gather starts all three before waiting for any; the results keep the argument order.
    files = await asyncio.gather(download("a.zip"), download("b.zip"), download("c.zip"))
    print("downloaded:", files)
    print(f"took {loop.time() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
