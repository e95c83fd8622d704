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


async def where_am_i(caller):
    return "main's own task" if asyncio.current_task() is caller else "a task of its own"


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

    # Given a coroutine (not a task), where does wait_for run it? Python 3.11 wraps it in a
    # new task; since 3.12 wait_for awaits it directly, inside the caller's own task.
    place = await asyncio.wait_for(where_am_i(asyncio.current_task()), timeout=2)
    print(f"wait_for(coroutine) ran it in {place}")


asyncio.run(main())
