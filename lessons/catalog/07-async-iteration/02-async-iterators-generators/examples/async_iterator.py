# An async iterator: __aiter__ returns the iterator, __anext__ is a coroutine
# that returns the next item or raises StopAsyncIteration.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


class Pages:
    """Iterates over pages of a (pretend) paginated API."""

    def __init__(self, total):
        self.total = total

    def __aiter__(self):
        return PagesIterator(self.total)         # a fresh iterator each time


class PagesIterator:
    def __init__(self, total):
        self.page, self.total = 0, total

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.page >= self.total:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)                 # fetch the page
        self.page += 1
        return [f"item{self.page}a", f"item{self.page}b"]


class OneShotRange:
    """The shape some tutorials use: __aiter__ returns self and the state lives in
    the object, so a second loop over the same object yields nothing."""

    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.start >= self.stop:
            raise StopAsyncIteration
        value = self.start
        self.start += 1
        await asyncio.sleep(0.1)
        return value


async def main():
    global START
    START = asyncio.get_running_loop().time()
    pages = Pages(3)
    async for page in pages:
        print(f"{now()}  page {page}")
    again = [p async for p in pages]
    print(f"{now()}  again: {len(again)} pages")

    r = OneShotRange(0, 3)
    print(f"one-shot, first loop:  {[x async for x in r]}")
    print(f"one-shot, second loop: {[x async for x in r]}")


asyncio.run(main())
