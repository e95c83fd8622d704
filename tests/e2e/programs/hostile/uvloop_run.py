# Runs on uvloop: the tracer cannot see this loop, and must say so.
import asyncio

import uvloop


async def main() -> None:
    await asyncio.sleep(0.01)
    print("ran on", type(asyncio.get_running_loop()).__name__)


uvloop.install()
asyncio.run(main())
