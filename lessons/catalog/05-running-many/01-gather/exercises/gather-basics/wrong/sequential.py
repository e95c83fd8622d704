import asyncio

DELAYS = {"ABC": 1.0, "XYZ": 2.0, "QRS": 1.5}
PRICES = {"ABC": 10.0, "XYZ": 30.0, "QRS": 20.0}


async def fetch_price(symbol: str) -> float:
    await asyncio.sleep(DELAYS[symbol])  # the slow service
    return PRICES[symbol]


async def get_prices(symbols: list[str]) -> list[float]:
    # A task per symbol... but each one is awaited before the next is created.
    prices = []
    for symbol in symbols:
        task = asyncio.create_task(fetch_price(symbol))
        prices.append(await task)
    return prices


async def main() -> None:
    prices = await get_prices(["ABC", "XYZ", "QRS"])
    print(f"prices: {prices}")
    print(f"total: {sum(prices)}")


if __name__ == "__main__":
    asyncio.run(main())
