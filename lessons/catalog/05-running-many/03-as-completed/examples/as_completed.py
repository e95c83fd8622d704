# as_completed hands you results in finishing order, so you can handle
# each one as soon as it is ready instead of waiting for the slowest.
import asyncio
import sys


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name, seconds          # return enough to know which one it was


async def main():
    global START
    START = asyncio.get_running_loop().time()
    jobs = [download("big.iso", 3), download("small.txt", 0.5),
            download("photo.jpg", 1.5), download("song.mp3", 1)]

    for next_done in asyncio.as_completed(jobs):
        name, seconds = await next_done
        print(f"{now()}  handled {name}")

    print(f"{now()}  all handled")

    # Python 3.13 added `async for` over as_completed, which yields your own tasks back.
    tasks = [asyncio.create_task(download(n, s), name=n)
             for n, s in [("a.txt", 0.2), ("b.txt", 0.1)]]
    if sys.version_info >= (3, 13):
        async for task in asyncio.as_completed(tasks):
            print(f"async for: {task.get_name()}, one of my tasks: {task in tasks}")
    else:
        for next_done in asyncio.as_completed(tasks):
            item = next_done
            await item
            print(f"plain for: one of my tasks: {item in tasks}")


asyncio.run(main())
