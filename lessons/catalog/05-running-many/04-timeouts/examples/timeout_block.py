# asyncio.timeout (3.11+) puts ONE deadline on a whole block of awaits.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def step(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{now()}  {name} done")


async def main():
    global START
    START = asyncio.get_running_loop().time()

    try:
        async with asyncio.timeout(2.5) as cm:     # 2.5 s for everything inside
            await step("connect", 1)
            await step("login", 1)
            try:
                await step("download", 1)           # would end at 3 s: too late
            except asyncio.CancelledError:
                print(f"{now()}  inside the block it arrives as CancelledError")
                raise                               # let the timeout turn it into TimeoutError
    except TimeoutError:
        print(f"{now()}  outside the block: TimeoutError, expired={cm.expired()}")

    # The deadline can be moved while the block runs.
    async with asyncio.timeout(1) as cm:
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 3)             # we learned this will be slow: allow 3 s
        await step("big upload", 2)
    print(f"{now()}  upload finished under the extended deadline")


asyncio.run(main())
