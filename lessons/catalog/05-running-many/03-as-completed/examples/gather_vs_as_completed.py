# Same four downloads: with gather the first result is handled only when the
# slowest finishes; with as_completed it is handled after 0.5 s.
import asyncio


def now():
    return asyncio.get_running_loop().time() - START


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name


SIZES = {"big.iso": 3, "small.txt": 0.5, "photo.jpg": 1.5, "song.mp3": 1}


async def main():
    global START
    START = asyncio.get_running_loop().time()
    names = await asyncio.gather(*(download(n, s) for n, s in SIZES.items()))
    print(f"gather:       first result handled at {now():.1f}s ({names[0]})")

    START = asyncio.get_running_loop().time()
    first = None
    for fut in asyncio.as_completed([download(n, s) for n, s in SIZES.items()]):
        name = await fut
        if first is None:
            first = now()
            print(f"as_completed: first result handled at {first:.1f}s ({name})")
    print(f"as_completed: all handled at {now():.1f}s")

    # as_completed can also take a timeout for the whole batch
    try:
        for fut in asyncio.as_completed([download(n, s) for n, s in SIZES.items()], timeout=2):
            print(f"  within 2 s: {await fut}")
    except TimeoutError:
        print("  timed out waiting for the rest")


asyncio.run(main())
