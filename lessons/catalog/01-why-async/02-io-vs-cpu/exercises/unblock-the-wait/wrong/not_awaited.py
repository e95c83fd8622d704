"""A dashboard: a heartbeat and three slow rate fetches, sharing one event loop."""
import asyncio
import time


async def heartbeat(stop: asyncio.Event) -> None:
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        ticks += 1
    print(f"heartbeat ticked {ticks} times")


async def fetch_rates() -> list[float]:
    rates = []
    for i in range(3):
        asyncio.sleep(0.5)           # no await: this only makes a coroutine object
        rates.append(round(1.08 + i * 0.01, 2))
    return rates


async def main():
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    rates = await fetch_rates()
    stop.set()
    await beat
    print("rates:", rates)


if __name__ == "__main__":
    asyncio.run(main())
