# as_completed hands you results in finishing order, so you can handle
# each one as soon as it is ready instead of waiting for the slowest.
import asyncio


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


asyncio.run(main())
