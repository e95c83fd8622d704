"""Behaviour checks for async-generator-pages, with a counting fake API."""
import asyncio
import inspect

from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()
ITEMS = [f"thing-{n}" for n in range(1, 10)]       # 9 items: pages of 4, 4, 1, then []
requested = []


async def fake_page(page: int) -> list[str]:
    requested.append(page)
    await asyncio.sleep(0.2)
    start = (page - 1) * 4
    return ITEMS[start:start + 4]


learner.fetch_page = fake_page


async def main():
    gen = learner.iter_items()
    if not inspect.isasyncgen(gen):
        if inspect.iscoroutine(gen):
            gen.close()
        check("iter_items() is an async generator", False,
              f"iter_items() returned {type(gen).__name__}, not an async generator: put `yield` "
              "inside the async def and the caller can use `async for` on it")
        return
    check("iter_items() is an async generator", True, "")

    await gen.__anext__()
    check("fetches pages lazily", requested == [1],
          f"to hand out its first item, iter_items() fetched the pages {requested}; it should "
          "fetch page 1 only, and the next page only when the caller asks for more")
    await gen.aclose()

    requested.clear()
    got = [item async for item in learner.iter_items()]
    expect_equal("yields every item, one by one, in order", got, ITEMS)
    check("stops at the first empty page", requested == [1, 2, 3, 4],
          f"for 9 items in pages of 4, iter_items() fetched the pages {requested}; "
          "expected [1, 2, 3, 4] (page 4 is empty)")


asyncio.run(main())
