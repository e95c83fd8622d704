# Queue variants: PriorityQueue hands out the smallest item first,
# LifoQueue the newest. Same put/get/task_done/join interface.
import asyncio


async def main():
    jobs = asyncio.PriorityQueue()
    for priority, name in [(3, "send newsletter"), (1, "reset password"), (2, "resize avatar")]:
        await jobs.put((priority, name))    # (priority, payload): lowest number first
    while not jobs.empty():
        priority, name = await jobs.get()
        print(f"priority {priority}: {name}")
        jobs.task_done()

    stack = asyncio.LifoQueue()
    for page in ["home", "search", "product"]:
        stack.put_nowait(page)
    print("back button:", [stack.get_nowait() for _ in range(stack.qsize())])

    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")                # the non-waiting variant raises instead
    except asyncio.QueueFull:
        print("put_nowait on a full queue -> QueueFull")


asyncio.run(main())
