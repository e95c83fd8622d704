import asyncio

DELAYS = {"fast": 0.2, "slow": 5.0, "broken": 0.1}


async def slow_lookup(name: str) -> str:
    await asyncio.sleep(DELAYS.get(name, 0.5))
    if name == "broken":
        raise LookupError(f"the directory has no entry for {name!r}")
    return f"found {name}"


async def lookup_with_timeout(name: str, timeout: float) -> str:
    result = await slow_lookup(name)
    return result if result else "timed out"


async def main() -> None:
    for name in ["fast", "slow"]:
        print(f"{name}: {await lookup_with_timeout(name, timeout=1.0)}")


if __name__ == "__main__":
    asyncio.run(main())
