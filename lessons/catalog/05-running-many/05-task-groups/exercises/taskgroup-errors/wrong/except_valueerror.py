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
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch("prices", 0.2)),
                     tg.create_task(fetch("stock", 0.5, bad=True)),
                     tg.create_task(fetch("reviews", 3.0))]
    except ValueError as error:                      # never matches: it is an ExceptionGroup
        print("report failed:", error)
        return None
    return [task.result() for task in tasks]


async def main():
    report = await build_report()
    print("report:", report)


if __name__ == "__main__":
    asyncio.run(main())
