# Runs under the tracer with the lab server started by the host: exercises the code paths of
# the lab server start-up, interpreter discovery and a small traced run, for memcheck.
import asyncio
import os


async def main() -> None:
    await asyncio.gather(asyncio.sleep(0.01), asyncio.sleep(0.02))
    print("lab", os.environ["LOOPSCOPE_LAB_URL"].startswith("http://127.0.0.1:"))


asyncio.run(main())
