import asyncio
import time


async def main():
    await asyncio.sleep(0)
    print("blocking", flush=True)
    time.sleep(1.0)  # holds the loop: no other task, no timer, no I/O runs meanwhile
    print("done")


asyncio.run(main())
