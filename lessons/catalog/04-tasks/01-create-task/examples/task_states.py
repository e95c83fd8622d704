# A task's name and its possible end states.
import asyncio


async def ok():
    await asyncio.sleep(1)
    return 42


async def boom():
    await asyncio.sleep(1)
    raise ValueError("bad input")


async def forever():
    await asyncio.sleep(3600)


def describe(task):
    if not task.done():
        return "pending"
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"failed: {task.exception()!r}"
    return f"done: result {task.result()!r}"


async def main():
    tasks = [asyncio.create_task(ok(), name="ok-task"),
             asyncio.create_task(boom(), name="boom-task"),
             asyncio.create_task(forever())]               # gets a default name
    print("current task:", asyncio.current_task().get_name())
    print("all tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))

    for t in tasks:
        print(f"{t.get_name():10} {describe(t)}")

    await asyncio.sleep(2)
    tasks[2].cancel()                # ask it to stop
    await asyncio.gather(*tasks, return_exceptions=True)   # collect all outcomes

    for t in tasks:
        print(f"{t.get_name():10} {describe(t)}")
    # The automatic name's number depends on the Python version: never rely on it.
    print("the unnamed task was called", tasks[2].get_name())


asyncio.run(main())
