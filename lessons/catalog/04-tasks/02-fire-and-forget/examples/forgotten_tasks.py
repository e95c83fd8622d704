# Three ways a fire-and-forget task goes wrong.
import asyncio
import gc


async def send_email():
    await asyncio.sleep(1)
    raise ConnectionError("SMTP server refused")     # nobody will ever look at this


async def wait_for_signal():
    never = asyncio.get_running_loop().create_future()
    await never                      # waits on a future that nothing else references


async def save_report():
    await asyncio.sleep(5)
    print("report saved")            # never printed: main is gone by then


async def main():
    asyncio.create_task(send_email())        # 1. its exception is never retrieved
    asyncio.create_task(wait_for_signal())   # 2. only a weak reference keeps it alive
    asyncio.create_task(save_report())       # 3. still running when main returns

    await asyncio.sleep(2)
    gc.collect()                     # a garbage collection happens sooner or later
    print("main done")


asyncio.run(main())
