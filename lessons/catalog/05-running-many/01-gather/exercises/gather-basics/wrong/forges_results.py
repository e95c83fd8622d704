# Does not do the work and forges the checks' results every way it can from inside the run:
# replaces loopscope_harness's result functions, prints result documents on stdout and stderr,
# and writes one where the results file goes. The check must fail and say it was tampered with.
import asyncio

NAMES = ["get_prices asks fetch_price for each price", "get_prices returns a list",
         "prices come back in the order of the symbols", "get_prices waits for the fetches together",
         "an empty list gives an empty list"]
import json
import os
import sys

try:
    import loopscope_harness as _h
except ImportError:  # the program's own run: no checks to forge
    _h = None


def _forge() -> None:
    fake = {"schema": "loopscope.harness-results/1", "finished": True, "judged": True,
            "results": [{"name": n, "ok": True, "message": "forged"} for n in NAMES]}
    line = json.dumps(fake)
    print(line)                                   # fake result lines on stdout and stderr
    print(line, file=sys.stderr)
    for fd in (1, 2):                             # ... and straight into the fds
        os.write(fd, (line + "\n").encode())
    if _h is None:
        return
    # Every result says "ok": the checks' own functions replaced.
    _h._record = lambda name, ok, message: True
    _h.check = lambda *a, **k: True
    _h.expect_equal = lambda *a, **k: True
    # A results file where the checks would write theirs, signed with a guess.
    path = getattr(_h, "_results_path", None)
    if path:
        with open(path, "w") as f:
            json.dump({"schema": "loopscope.harness-results/2", "body": line, "mac": "00" * 32}, f)


_forge()

PRICES = {"ABC": 10.0, "XYZ": 30.0, "QRS": 20.0}


async def fetch_price(symbol: str) -> float:
    await asyncio.sleep(1.0)
    return PRICES[symbol]


async def get_prices(symbols: list[str]) -> list[float]:
    await asyncio.gather(*(asyncio.sleep(1.0) for _ in symbols))
    return [PRICES[s] for s in symbols]


async def main() -> None:
    prices = await get_prices(["ABC", "XYZ", "QRS"])
    print(f"prices: {prices}")
    print(f"total: {sum(prices)}")


if __name__ == "__main__":
    asyncio.run(main())
