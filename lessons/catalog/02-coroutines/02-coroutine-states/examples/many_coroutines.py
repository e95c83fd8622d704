# Several coroutines: awaited one by one, then gathered.
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name}")
    return f"greeted {name}"


async def main():
    loop = asyncio.get_running_loop()

    t = loop.time()
    print(await greet("Ada", 2))
    print(await greet("Bob", 1))
    print(await greet("Cy", 1.5))
    print(f"one by one: {loop.time() - t:.1f}s")

    t = loop.time()
    results = await asyncio.gather(greet("Ada", 2), greet("Bob", 1), greet("Cy", 1.5))
    print(results)                       # in argument order, not finishing order
    print(f"gathered:   {loop.time() - t:.1f}s")


asyncio.run(main())
