# The verdict on get_prices, made where the learner's code never runs (loopscope_harness/judge.py
# loads this file). The prices are drawn for this run, so a list of them can only come from
# asking fetch_price, which the judge serves.
import random

PRICES = {symbol: round(random.uniform(10, 99), 2) for symbol in ("XYZ", "ABC")}


def fetch_price(symbol):
    return PRICES.get(symbol)


SERVES = {"fetch_price": fetch_price}


def verdict(seen, v):
    calls = seen.calls_of("fetch_price")
    asked = sorted(str(c.arg(0, "symbol")) for c in calls)
    v.check("get_prices asks fetch_price for each price", asked == ["ABC", "XYZ"],
            f"get_prices(['XYZ', 'ABC']) called fetch_price {len(calls)} time(s)"
            + (f" (for {', '.join(asked)})" if asked else "")
            + "; it must get each price from fetch_price(symbol), once per symbol")
    answer = seen.answer("get_prices(['XYZ', 'ABC'])")
    if "error" in answer:
        v.check("get_prices returns a list", False, f"get_prices(['XYZ', 'ABC']) raised {answer['error']}")
        return
    prices = answer.get("value")
    v.check("get_prices returns a list", answer.get("type") == "list",
            f"get_prices returned {answer.get('type', 'nothing')}; return a list of prices")
    expected = [PRICES["XYZ"], PRICES["ABC"]]
    v.expect_equal("prices come back in the order of the symbols", prices, expected,
                   f"get_prices(['XYZ', 'ABC']) returned {prices!r}; expected {expected!r} "
                   "(what fetch_price gave for XYZ, then ABC): the order of the symbols, "
                   "not the order the prices arrived in")
    v.check("get_prices waits for the fetches together", seen.most_at_once("fetch_price") >= 2,
            f"get_prices(['XYZ', 'ABC']) ran {seen.most_at_once('fetch_price')} fetch at a time; "
            "together both wait at once")
    empty = seen.answer("get_prices([])")
    v.expect_equal("an empty list gives an empty list", empty.get("value", empty.get("error")), [])
