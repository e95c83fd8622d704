# Async comprehensions: `async for` and `await` inside comprehensions.
# They are convenient -- and sequential.
import asyncio


def now():
    return asyncio.get_running_loop().time()


async def square(x):
    await asyncio.sleep(0.1)
    return x * x


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def main():
    t = now()
    squares = [await square(x) for x in range(5)]           # one after another
    print(f"[await ...] -> {squares} in {now() - t:.1f}s")

    t = now()
    squares = await asyncio.gather(*(square(x) for x in range(5)))   # all at once
    print(f"gather      -> {squares} in {now() - t:.1f}s")

    evens = [i async for i in numbers(6) if i % 2 == 0]
    as_dict = {i: await square(i) async for i in numbers(3)}
    print(f"async for + if -> {evens}; dict -> {as_dict}")


asyncio.run(main())
