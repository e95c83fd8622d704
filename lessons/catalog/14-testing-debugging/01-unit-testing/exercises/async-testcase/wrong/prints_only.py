"""Waits twice as the tests would, and prints the summary line unittest would print: there are
no tests at all."""
import asyncio


async def total_price(prices: dict, items: list) -> float:
    await asyncio.sleep(0.1)
    return round(sum(prices[item] for item in items), 2)


async def main():
    await total_price({"tea": 2.5}, ["tea"])
    await total_price({"tea": 2.5}, ["tea"])
    print("tests run: 2, failures: 0, errors: 0")


if __name__ == "__main__":
    asyncio.run(main())
