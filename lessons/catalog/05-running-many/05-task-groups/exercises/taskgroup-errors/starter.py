"""Building a report from three sources; one of them sends bad data."""
import asyncio


async def fetch(name: str, seconds: float, bad: bool = False) -> str:
    print(f"open {name}")
    try:
        await asyncio.sleep(seconds)                 # pretend: downloading
        if bad:
            raise ValueError(f"{name}: malformed data")
        return f"{name} ok"
    finally:
        print(f"closed {name}")                      # cleanup runs however fetch ends


async def build_report():
    # TODO: run the three fetches in an asyncio.TaskGroup. When one fails, the group
    #       cancels the others; catch the failure with except* ValueError, print
    #       "report failed: <message>" and return None.
    results = await asyncio.gather(
        fetch("prices", 0.2),
        fetch("stock", 0.5, bad=True),
        fetch("reviews", 3.0),
    )
    return results


async def main():
    report = await build_report()
    print("report:", report)


if __name__ == "__main__":
    asyncio.run(main())
