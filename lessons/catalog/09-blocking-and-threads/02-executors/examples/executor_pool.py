import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def resize_image(n):
    time.sleep(0.3)  # pretend this is a blocking library call
    return f"image {n} resized"


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()

    # The default executor: pass None.
    print(await loop.run_in_executor(None, resize_image, 0))

    # Your own pool, created once, with at most 2 threads.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="resize") as pool:
        jobs = [loop.run_in_executor(pool, resize_image, n) for n in range(1, 5)]
        for line in await asyncio.gather(*jobs):
            print(line)

    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
