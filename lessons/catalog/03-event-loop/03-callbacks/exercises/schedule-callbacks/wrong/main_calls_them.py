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
    say("ready")                          # main calls them itself, in order
    say("set")
    await asyncio.sleep(1)
    say("go!")
    await asyncio.sleep(0.5)
    return
    await asyncio.sleep(1.5)              # keep the loop running while the callbacks are due


if __name__ == "__main__":
    asyncio.run(main())
