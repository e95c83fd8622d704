# gather returns results in the order you passed the awaitables,
# no matter which one finishes first.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def call_service(name, seconds):
    await asyncio.sleep(seconds)          # pretend: a network call
    print(f"{now()}  {name} finished")
    return f"{name}-data"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    results = await asyncio.gather(
        call_service("users", 3),
        call_service("orders", 1),
        call_service("prices", 2),
    )
    print(f"{now()}  results: {results}")


asyncio.run(main())
