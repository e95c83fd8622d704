"""Behaves like a lookup with a timeout from the outside (the right answers, the right waits,
the LookupError), but never asks slow_lookup: it only knows the three names the checks use.
The source check is satisfied by a mention of wait_for in a string."""
import asyncio

DELAYS = {"fast": 0.2, "slow": 5.0, "broken": 0.1}
HOW = "asyncio.wait_for"


async def slow_lookup(name: str) -> str:
    await asyncio.sleep(DELAYS.get(name, 0.5))
    if name == "broken":
        raise LookupError(f"the directory has no entry for {name!r}")
    return f"found {name}"


async def lookup_with_timeout(name: str, timeout: float) -> str:
    if name == "broken":
        await asyncio.sleep(0.1)
        raise LookupError(f"the directory has no entry for {name!r}")
    if DELAYS.get(name, 0.5) > timeout:
        await asyncio.sleep(timeout)
        return "timed out"
    await asyncio.sleep(DELAYS.get(name, 0.5))
    return f"found {name}"


async def main() -> None:
    for name in ("fast", "slow"):
        print(f"{name}: {await lookup_with_timeout(name, timeout=1.0)}")


if __name__ == "__main__":
    asyncio.run(main())
