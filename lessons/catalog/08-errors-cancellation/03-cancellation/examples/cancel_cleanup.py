# task.cancel() throws CancelledError into the task at its current await.
# Clean up in finally (or except + raise), and let the CancelledError go on.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def worker():
    try:
        while True:
            print(f"{now()}  working...")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{now()}  worker: cancelled, saving progress")
        await asyncio.sleep(0.2)          # cleanup may await, too
        raise                             # re-raise: the task ends as *cancelled*
    finally:
        print(f"{now()}  worker: finally")


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{now()}  swallower: caught CancelledError and returned normally")
        return "pretending nothing happened"


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        pass                              # swallowed: keeps working
    await asyncio.sleep(2)


async def main():
    global START
    START = asyncio.get_running_loop().time()
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(2.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"{now()}  main: worker cancelled={task.cancelled()}")

    task = asyncio.create_task(swallower(), name="swallower")
    await asyncio.sleep(0.5)
    task.cancel()
    result = await task
    print(f"{now()}  main: swallower cancelled={task.cancelled()}, result={result!r}")

    # Swallowing breaks timeouts: the 1 s limit silently becomes 3 s.
    t0 = asyncio.get_running_loop().time()
    async with asyncio.timeout(1):
        await stubborn()
    print(f"{now()}  main: 'timeout(1)' block took {asyncio.get_running_loop().time() - t0:.1f}s, no TimeoutError")


asyncio.run(main())
