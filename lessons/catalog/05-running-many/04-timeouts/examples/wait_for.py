# wait_for gives an awaitable a time limit. When time is up it CANCELS the
# inner work, waits for the cancellation to finish, then raises TimeoutError.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def slow_report():
    try:
        await asyncio.sleep(10)
        return "report"
    except asyncio.CancelledError:
        print(f"{now()}  slow_report: cancelled, cleaning up")
        raise
    finally:
        print(f"{now()}  slow_report: finally ran")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    task = asyncio.create_task(slow_report(), name="report")
    try:
        result = await asyncio.wait_for(task, timeout=2)
        print(result)
    except TimeoutError:                     # asyncio.TimeoutError is the same class since 3.11
        print(f"{now()}  main: timed out")
    print(f"{now()}  task cancelled? {task.cancelled()}")
    print(f"asyncio.TimeoutError is TimeoutError: {asyncio.TimeoutError is TimeoutError}")

    # A fast call under the same limit just returns its value.
    value = await asyncio.wait_for(asyncio.sleep(0.5, result="quick"), timeout=2)
    print(f"{now()}  fast call returned {value!r}")


asyncio.run(main())
