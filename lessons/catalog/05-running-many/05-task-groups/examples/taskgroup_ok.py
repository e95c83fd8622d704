# A TaskGroup owns the tasks created through it: the `async with` block
# does not end until every one of them has finished.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{now()}  {name} done")
    return name.upper()


async def main():
    global START
    START = asyncio.get_running_loop().time()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("users", 1))
        b = tg.create_task(fetch("orders", 2))
        c = tg.create_task(fetch("prices", 1.5))
        print(f"{now()}  three tasks started, block body finished")
    # Here all three are guaranteed to be done.
    print(f"{now()}  results: {a.result()}, {b.result()}, {c.result()}")


asyncio.run(main())
