"""Behaviour checks for async-context-manager, with a recording pool."""
import asyncio

from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()


class RecordingPool:
    def __init__(self) -> None:
        self.lent: list[str] = []
        self.count = 0

    async def acquire(self) -> str:
        await asyncio.sleep(0.05)
        self.count += 1
        conn = f"test-conn-{self.count}"
        self.lent.append(conn)
        return conn

    async def release(self, conn: str) -> None:
        await asyncio.sleep(0.01)
        self.lent.remove(conn)


async def main():
    pool = learner.POOL = RecordingPool()

    # 1. the normal case
    async with learner.connection() as conn:
        check("the block gets a connection from the pool", conn in pool.lent,
              f"`async with connection() as conn` gave {conn!r}, not a connection acquired from POOL")
    check("released after a normal block", pool.lent == [],
          f"after the block ended normally, {pool.lent} was still lent out")

    # 2. an error inside the block
    pool.lent.clear()
    escaped = None
    try:
        async with learner.connection():
            await asyncio.sleep(0.01)
            raise ValueError("boom")
    except ValueError as exc:
        escaped = exc
    check("released when the block raises", pool.lent == [],
          f"a ValueError inside the block left {pool.lent} lent out; release it in a `finally`")
    check("the error still reaches the caller", escaped is not None,
          "the ValueError raised inside the `async with` block vanished; the context manager "
          "must release the connection and let the error continue to the caller")

    # 3. cancellation while the block waits
    pool.lent.clear()
    inside = asyncio.Event()

    async def user():
        async with learner.connection():
            inside.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(user())
    await inside.wait()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0.1)
    check("released when the task is cancelled", pool.lent == [],
          f"a task cancelled inside the block left {pool.lent} lent out; release in a `finally` "
          "(CancelledError is not an Exception, so `except Exception` does not see it)")


asyncio.run(main())
