# Watch one coroutine go through its four states.
import asyncio
import inspect


async def job():
    print("inside job:    ", inspect.getcoroutinestate(CORO))   # it is running right now
    await asyncio.sleep(1)
    return "finished"


async def main():
    global CORO
    CORO = job()
    print("just created:  ", inspect.getcoroutinestate(CORO))

    task = asyncio.create_task(CORO)     # drive it in its own task
    await asyncio.sleep(0.5)             # let it start and reach its await
    print("during sleep:  ", inspect.getcoroutinestate(CORO))
    print("  paused at:   ", CORO.cr_await)            # what it is waiting on
    print("  line:        ", CORO.cr_frame.f_lineno)

    print("result:        ", await task)
    print("after return:  ", inspect.getcoroutinestate(CORO))

    try:
        await CORO                       # a coroutine runs only once
    except RuntimeError as e:
        print("await again:   ", e)


asyncio.run(main())
