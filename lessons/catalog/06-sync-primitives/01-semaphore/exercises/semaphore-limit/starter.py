import asyncio


async def process(item: int) -> int:
    await asyncio.sleep(0.5 + (item % 3) * 0.25)  # the service at work
    return item * item


async def run_all(items: list[int], limit: int) -> list[int]:
    # TODO: at most `limit` calls of process() at the same time.
    return await asyncio.gather(*(process(i) for i in items))


async def main() -> None:
    results = await run_all(list(range(12)), limit=3)
    print(f"processed {len(results)} jobs")


if __name__ == "__main__":
    asyncio.run(main())
