# shield() protects the inner work from cancellation: the outer await is
# cancelled (or times out), the shielded task keeps running.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def save_order():
    await asyncio.sleep(2)                # must not be interrupted half-way
    print(f"{now()}  order saved")
    return "order-42"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    save = asyncio.create_task(save_order(), name="save")
    try:
        await asyncio.wait_for(asyncio.shield(save), timeout=1)
    except TimeoutError:
        print(f"{now()}  caller gave up waiting; save cancelled? {save.cancelled()}")
    result = await save                   # it is still running: we can await it later
    print(f"{now()}  caller got {result}")

    # cancelling() counts pending cancel requests; uncancel() withdraws one.
    # asyncio.timeout and TaskGroup use this to tell their own cancellations
    # apart from someone else's.
    async def patient():
        me = asyncio.current_task()
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print(f"{now()}  patient: cancelling()={me.cancelling()}")
            me.uncancel()
            print(f"{now()}  patient: after uncancel(), cancelling()={me.cancelling()}; carrying on")
        await asyncio.sleep(0.5)
        return "finished after all"

    task = asyncio.create_task(patient(), name="patient")
    await asyncio.sleep(0.5)
    task.cancel()
    result = await task
    print(f"{now()}  main: patient returned {result!r}, cancelled={task.cancelled()}")


asyncio.run(main())
