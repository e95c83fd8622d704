"""Download three files. Right now one after another: make them overlap."""
import asyncio


async def download(name: str) -> str:
    """Pretend to fetch a file: one second of waiting for the server."""
    await asyncio.sleep(1)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    # TODO: these three awaits run one after another (3 s). Make them wait together.
    files = [await download("a.zip"), await download("b.zip"), await download("c.zip")]
    print("downloaded:", files)
    print(f"took {loop.time() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
