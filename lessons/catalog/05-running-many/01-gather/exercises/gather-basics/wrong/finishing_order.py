import asyncio

DELAYS = {"ABC": 1.0, "XYZ": 2.0, "QRS": 1.5}
PRICES = {"ABC": 10.0, "XYZ": 30.0, "QRS": 20.0}


async def fetch_price(symbol: str) -> float:
    await asyncio.sleep(DELAYS[symbol])  # the slow service
    return PRICES[symbol]


async def get_prices(symbols: list[str]) -> list[float]:
    # Collects the prices as they arrive: concurrent, but the fastest comes first.
    prices = []
    for next_done in asyncio.as_completed([fetch_price(s) for s in symbols]):
        prices.append(await next_done)
    return prices


async def main() -> None:
    prices = await get_prices(["ABC", "XYZ", "QRS"])
    print(f"prices: {prices}")
    print(f"total: {sum(prices)}")


if __name__ == "__main__":
    asyncio.run(main())
