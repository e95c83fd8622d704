"""Testing coroutines with the standard library: unittest.IsolatedAsyncioTestCase."""
import asyncio
import unittest


class PriceService:
    """A tiny async service: looks up prices 'over the network'."""

    def __init__(self, delay=0.5):
        self.delay = delay
        self.prices = {"apple": 3, "pear": 4, "plum": 5}

    async def price(self, item):
        await asyncio.sleep(self.delay)          # stands in for a network call
        if item not in self.prices:
            raise KeyError(item)
        return self.prices[item]

    async def basket_total(self, items):
        # Look the prices up concurrently, not one after another.
        prices = await asyncio.gather(*(self.price(i) for i in items))
        return sum(prices)


class TestPriceService(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        # Runs inside the test's own event loop, so it may await.
        self.service = PriceService()

    async def test_single_price(self):
        self.assertEqual(await self.service.price("apple"), 3)

    async def test_basket_total_is_concurrent(self):
        loop = asyncio.get_running_loop()
        start = loop.time()
        total = await self.service.basket_total(["apple", "pear", "plum"])
        elapsed = loop.time() - start
        self.assertEqual(total, 12)
        # Three 0.5 s lookups that overlap take about 0.5 s, not 1.5 s.
        self.assertLess(elapsed, 1.0)

    async def test_unknown_item_raises(self):
        with self.assertRaises(KeyError):
            await self.service.price("mango")

    async def asyncTearDown(self):
        print("tearDown ran in loop", id(asyncio.get_running_loop()) != 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
