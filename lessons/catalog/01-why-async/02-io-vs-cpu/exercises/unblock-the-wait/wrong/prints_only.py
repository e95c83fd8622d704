"""Waits as long as the three fetches, without blocking, and prints the rates it knows: but
fetch_rates is never called (and the heartbeat never runs)."""
import asyncio


async def heartbeat(stop: asyncio.Event) -> None:
    while not stop.is_set():
        await asyncio.sleep(0.1)


async def fetch_rates() -> list[float]:
    return [1.08, 1.09, 1.1]


async def main():
    for _ in range(3):
        await asyncio.sleep(0.5)
    print("rates:", [1.08, 1.09, 1.1])


if __name__ == "__main__":
    asyncio.run(main())
