# Puts asyncio's own loop policy back, so asyncio.run() gets an untraced loop.
import asyncio


async def main() -> None:
    await asyncio.sleep(0.01)
    print("done")


asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
asyncio.run(main())
