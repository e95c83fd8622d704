"""Ready, set, go: three callbacks the event loop calls for you."""
import asyncio

START = 0.0


def say(word: str) -> None:
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - START:.1f}s  {word}")


async def main():
    global START
    loop = asyncio.get_running_loop()
    START = loop.time()
    loop.call_soon(say, "ready")
    loop.call_soon(say, "set")
    loop.call_soon(say, "go!")            # runs on the next turn too, not one second later
    await asyncio.sleep(1.5)              # keep the loop running while the callbacks are due


if __name__ == "__main__":
    asyncio.run(main())
