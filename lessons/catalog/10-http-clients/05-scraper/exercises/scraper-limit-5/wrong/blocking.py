import asyncio
import os

import urllib.request

import aiohttp

LAB = os.environ.get("LOOPSCOPE_LAB_URL", "http://127.0.0.1:8000")


async def fetch(session: aiohttp.ClientSession, url: str) -> int:
    async with session.get(url) as response:
        await response.read()
        return response.status


async def scrape(urls: list[str]) -> list[int]:
    async with aiohttp.ClientSession() as session:
        semaphore = asyncio.Semaphore(5)

        async def limited(url: str) -> int:
            async with semaphore:
                with urllib.request.urlopen(url) as response:  # simpler than aiohttp
                    response.read()
                    return response.status

        return list(await asyncio.gather(*(limited(url) for url in urls)))


async def main() -> None:
    statuses = await scrape([f"{LAB}/delay/0.5?page={i}" for i in range(10)])
    print(f"fetched {statuses.count(200)} pages")


if __name__ == "__main__":
    asyncio.run(main())
