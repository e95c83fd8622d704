# When one gathered awaitable fails, gather raises at once -- but the others
# are NOT cancelled: they keep running. The event loop itself is fine.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{now()}  {name} finished")
    return name


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        await asyncio.gather(job("a", 1, fail=True), job("b", 2), job("c", 3))
    except ValueError as exc:
        print(f"{now()}  gather raised: {exc}")
    await asyncio.sleep(3)                       # b and c are still running
    print(f"{now()}  the loop is still alive")

    # Handling each failure on its own, as results arrive:
    print("-- as_completed --")
    jobs = [job("x", 0.5), job("y", 1, fail=True), job("z", 1.5, fail=True)]
    for next_done in asyncio.as_completed(jobs):
        try:
            result = await next_done
            print(f"{now()}  ok: {result}")
        except ValueError as exc:
            print(f"{now()}  error: {exc}")


asyncio.run(main())
