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
    # TODO: make this an async generator that fetches one page at a time, only when
    #       the caller needs more, yields the items one by one, and stops at the first
    #       empty page.
    items = []
    page = 1
    while True:
        batch = await fetch_page(page)
        if not batch:
            return items
        items.extend(batch)
        page += 1


async def main():
    # TODO: loop over the async generator instead of awaiting a list.
    for item in await iter_items():
        print(item)
        if item == "item-3":
            print("found it")
            break


if __name__ == "__main__":
    asyncio.run(main())
