# Awaiting a coroutine vs creating a task.
import asyncio


async def brew(what, seconds):
    print(f"  start {what}")
    await asyncio.sleep(seconds)
    print(f"  {what} ready")
    return what


async def main():
    loop = asyncio.get_running_loop()

    print("awaiting coroutines:")
    t = loop.time()
    await brew("coffee", 2)          # runs inside main's task, to the end
    await brew("tea", 1)
    print(f"  took {loop.time() - t:.0f}s\n")

    print("creating tasks:")
    t = loop.time()
    coffee = asyncio.create_task(brew("coffee", 2), name="coffee")   # scheduled now...
    tea = asyncio.create_task(brew("tea", 1), name="tea")
    print("  both tasks created; neither has started yet")
    await asyncio.sleep(0)           # ...and they start as soon as main lets go
    print("  main is free while they brew")
    print("  results:", await coffee, await tea)
    print(f"  took {loop.time() - t:.0f}s")


asyncio.run(main())
