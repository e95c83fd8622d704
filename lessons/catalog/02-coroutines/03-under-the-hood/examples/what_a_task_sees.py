# What an asyncio Task sees when it drives your coroutine.
import asyncio


async def waiter(fut):
    print("  waiter: waiting on the future")
    value = await fut
    print(f"  waiter: resumed with {value}")
    return value * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    coro = waiter(fut)

    # This is what Task.__step does: send(None) and look at what comes out.
    yielded = coro.send(None)
    print("coroutine yielded the future itself:", yielded is fut)

    # A Task would now call yielded.add_done_callback(...) and go back to the loop.
    # Something completes the future later (a timer, a socket, another task)...
    loop.call_later(1, fut.set_result, 21)
    await asyncio.sleep(1.5)

    # ...and the done-callback makes the Task send(None) again.
    try:
        coro.send(None)
    except StopIteration as stop:
        print("coroutine returned:", stop.value)


asyncio.run(main())
