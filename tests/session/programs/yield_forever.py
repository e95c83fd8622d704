# A runaway that still yields to the loop: in step mode it pauses before every step, and once
# continued it never ends by itself.
import asyncio


async def spin() -> None:
    while True:
        await asyncio.sleep(0)


asyncio.run(spin())
