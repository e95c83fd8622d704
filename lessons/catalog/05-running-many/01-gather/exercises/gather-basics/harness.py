import asyncio

from loopscope_harness import check, count_calls, expect_equal, load_learner

learner = load_learner()


async def main() -> None:
    loop = asyncio.get_running_loop()
    fetches = count_calls(learner, "fetch_price")
    start = loop.time()
    prices = await learner.get_prices(["XYZ", "ABC"])
    took = loop.time() - start
    asked = sorted(str(args[0]) if args else str(kwargs.get("symbol")) for args, kwargs in fetches.calls)
    check("get_prices asks fetch_price for each price", asked == ["ABC", "XYZ"],
          f"get_prices(['XYZ', 'ABC']) called fetch_price {fetches.count} time(s)"
          + (f" (for {', '.join(asked)})" if asked else "")
          + "; it must get each price from fetch_price(symbol), once per symbol")
    check("get_prices returns a list", isinstance(prices, list),
          f"get_prices returned {type(prices).__name__}; return a list of prices")
    expect_equal("prices come back in the order of the symbols", list(prices), [30.0, 10.0],
                 f"get_prices(['XYZ', 'ABC']) returned {list(prices)!r}; expected [30.0, 10.0]: "
                 "the order of the symbols, not the order the prices arrived in")
    check("get_prices waits for the fetches together", took < 2.5,
          f"get_prices(['XYZ', 'ABC']) took {took:.1f} s; together it takes 2 s")
    expect_equal("an empty list gives an empty list", list(await learner.get_prices([])), [])


asyncio.run(main())
