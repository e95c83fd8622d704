# asyncio.wait returns two sets: done and pending. With FIRST_COMPLETED it returns
# as soon as any one task finishes; the others keep running until you decide.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def ask_mirror(name, seconds):
    await asyncio.sleep(seconds)
    return f"file from {name}"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    tasks = [
        asyncio.create_task(ask_mirror("eu", 3), name="eu"),
        asyncio.create_task(ask_mirror("us", 1), name="us"),
        asyncio.create_task(ask_mirror("asia", 2), name="asia"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print(f"{now()}  winner: {winner.get_name()} -> {winner.result()}")
    print(f"{now()}  still pending: {sorted(t.get_name() for t in pending)}")

    for t in pending:          # we only need one copy: stop the rest
        t.cancel()
    await asyncio.wait(pending)   # let the cancellations finish
    print(f"{now()}  cancelled: {sorted(t.get_name() for t in tasks if t.cancelled())}")

    # Since Python 3.11 wait() only accepts tasks/futures, not bare coroutines.
    coro = ask_mirror("local", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as exc:
        print(f"wait([coroutine]) -> TypeError: {exc}")
    finally:
        coro.close()


asyncio.run(main())
