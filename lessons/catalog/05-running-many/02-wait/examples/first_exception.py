# FIRST_EXCEPTION returns when a task fails (or when all are done).
# wait() never raises the tasks' exceptions: you inspect the done set yourself.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError(f"{name} broke")
    return f"{name} ok"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    tasks = [
        asyncio.create_task(job("quick", 1), name="quick"),
        asyncio.create_task(job("broken", 2, fail=True), name="broken"),
        asyncio.create_task(job("slow", 4), name="slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{now()}  wait returned: done={sorted(t.get_name() for t in done)} "
          f"pending={sorted(t.get_name() for t in pending)}")
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception() is not None:
            print(f"{now()}  {t.get_name()} failed: {t.exception()!r}")
        else:
            print(f"{now()}  {t.get_name()} returned {t.result()!r}")

    # A timeout on wait() does NOT cancel anything: it just stops waiting.
    done, pending = await asyncio.wait(pending, timeout=1)
    print(f"{now()}  after timeout=1: {len(done)} done, {len(pending)} pending")
    slow = pending.pop()
    print(f"{now()}  slow still running? {not slow.done()}")
    result = await slow
    print(f"{now()}  slow finally returned {result!r}")


asyncio.run(main())
