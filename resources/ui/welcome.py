"""Three downloads at once: press Run (F5), watch the timeline.

Each fetch sleeps as if waiting for the network. gather()
runs them concurrently, so the program takes about as long
as the slowest one, not the sum of all three.
"""
import asyncio


async def fetch(name: str, seconds: float) -> str:
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"done  {name}")
    return name


async def main() -> None:
    results = await asyncio.gather(
        fetch("users", 1.0),
        fetch("orders", 2.0),
        fetch("prices", 1.5),
    )
    print("all done:", results)


asyncio.run(main())
