import asyncio
import time

def crunch():
    time.sleep(0.1)
    return 1

def tidy(x):
    time.sleep(0.05)
    return x

async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, crunch)
    await asyncio.to_thread(tidy, 2)

asyncio.run(main())
