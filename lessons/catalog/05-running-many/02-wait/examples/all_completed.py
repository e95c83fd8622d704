# ALL_COMPLETED (the default) waits for everything, like gather,
# but hands back sets of tasks instead of an ordered list of results.
import asyncio


async def job(n):
    await asyncio.sleep(n / 2)
    if n == 2:
        raise ValueError("two is unlucky")
    return n * 10


async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)          # return_when=ALL_COMPLETED
    print(f"done={len(done)} pending={len(pending)}")
    # Sets have no order: to report in a stable order, go back to your own list.
    for t in tasks:
        if t.exception():
            print(f"{t.get_name()}: error {t.exception()}")
        else:
            print(f"{t.get_name()}: {t.result()}")


asyncio.run(main())
