"""Download three files. Right now one after another: make them overlap."""
import asyncio


async def download(name: str) -> str:
    """Pretend to fetch a file: one second of waiting for the server."""
    await asyncio.sleep(1)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    files = []
    for name in ("a.zip", "b.zip", "c.zip"):
        task = asyncio.create_task(download(name))
        files.append(await task)          # awaited right away: the next task starts only now
    print("downloaded:", files)
    print(f"took {loop.time() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
