# What asyncio.run() does for you, and asyncio.Runner for several top-level calls.
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background: cancelled by asyncio.run on the way out")
        raise


async def main():
    global bg
    bg = asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main: returning while background still sleeps")
    return "main's result"


print(asyncio.run(main()))           # new loop -> run main -> cancel leftovers -> close
print("background task cancelled:", bg.cancelled())


async def step(n):
    await asyncio.sleep(1)
    return id(asyncio.get_running_loop())

with asyncio.Runner() as runner:     # Python 3.11+: one loop for several calls
    first = runner.run(step(1))
    second = runner.run(step(2))
    print("Runner reused one loop:", first == second)
