# Every place a handle can be at a step-mode pause: the ready queue (a callback queued with
# call_soon, new tasks, a task that yielded with sleep(0)), a sleep's timer, a call_later
# timer, a lock's waiters, and a task waiting on a gather. tst_nextpick grades picks here.
import asyncio


def greet():
    print("greet")


def wave():
    print("wave")


def late():
    print("late")


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.05)


async def blocked(lock):
    async with lock:
        print("blocked got the lock")


async def yielder():
    print("yielder turn 0")
    await asyncio.sleep(0)
    print("yielder turn 1")


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    loop.call_later(0.5, late)
    loop.call_soon(greet)
    h = asyncio.create_task(holder(lock), name="holder")
    b = asyncio.create_task(blocked(lock), name="blocked")
    y = asyncio.create_task(yielder(), name="yielder")
    loop.call_soon(wave)
    await asyncio.gather(h, b, y)
    await asyncio.sleep(0.6)


asyncio.run(main())
