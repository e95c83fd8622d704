"""Walking a paginated API with an async generator."""
import asyncio

ALL_ITEMS = [f"item-{n}" for n in range(1, 11)]     # what the pretend API holds
PAGE_SIZE = 4


async def fetch_page(page: int) -> list[str]:
    """Pretend API call: 0.2 s per page; pages start at 1; past the end: []."""
    await asyncio.sleep(0.2)
    start = (page - 1) * PAGE_SIZE
    return ALL_ITEMS[start:start + PAGE_SIZE]


async def iter_items():
    page = 1
    while True:
        batch = await fetch_page(page)      # fetched only when the caller asks for more
        if not batch:
            return                          # ends the async for
        for item in batch:
            yield item
        page += 1


async def main():
    async for item in iter_items():
        print(item)
        if item == "item-3":
            print("found it")
            break


if __name__ == "__main__":
    asyncio.run(main())
