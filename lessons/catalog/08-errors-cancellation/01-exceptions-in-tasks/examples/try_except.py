# try/except/finally work across await exactly as in normal code.
# A custom exception can wrap the low-level error and keep it as __cause__.
import asyncio


class FetchError(Exception):
    def __init__(self, what, cause):
        super().__init__(f"could not fetch {what}: {cause}")
        self.what = what


async def read_socket(what):
    await asyncio.sleep(0.5)
    raise ConnectionResetError("peer closed the connection")


async def fetch(what):
    try:
        return await read_socket(what)
    except ConnectionError as exc:
        raise FetchError(what, exc) from exc     # keep the original as __cause__


async def main():
    try:
        await fetch("/users")
    except FetchError as exc:
        print(f"caught: {exc}")
        print(f"cause:  {exc.__cause__!r}")
    finally:
        print("finally ran")

    # An exception inside a Task is stored in the task and re-raised
    # where the task is awaited.
    task = asyncio.create_task(fetch("/orders"), name="orders")
    await asyncio.sleep(1)
    print(f"task done={task.done()}, exception={task.exception()!r}")
    try:
        await task
    except FetchError as exc:
        print(f"awaiting the task raised: {exc}")


asyncio.run(main())
