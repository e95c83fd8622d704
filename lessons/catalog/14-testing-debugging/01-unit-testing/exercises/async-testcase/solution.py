"""Two tests for a coroutine function."""
import asyncio
import unittest


async def total_price(prices: dict, items: list) -> float:
    await asyncio.sleep(0.1)                  # ask the price service
    return round(sum(prices[item] for item in items), 2)


class TotalPriceTest(unittest.IsolatedAsyncioTestCase):   # runs each async test on a loop
    async def test_sum(self):
        total = await total_price({"tea": 2.5, "cake": 3.0}, ["tea", "cake"])
        self.assertEqual(total, 5.5)

    async def test_unknown_item(self):
        with self.assertRaises(KeyError):
            await total_price({"tea": 2.5}, ["coffee"])

if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=0).result
    print(f"tests run: {result.testsRun}, failures: {len(result.failures)},"
          f" errors: {len(result.errors)}")
