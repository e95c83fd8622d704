"""Borrowing connections from a pool with an async context manager."""
import asyncio
from contextlib import asynccontextmanager


class Pool:
    """A tiny pretend connection pool. Don't change it."""

    def __init__(self, size: int = 2) -> None:
        self.free = [f"conn-{n}" for n in range(size)]

    async def acquire(self) -> str:
        await asyncio.sleep(0.05)               # pretend: handshake with the server
        return self.free.pop()

    async def release(self, conn: str) -> None:
        await asyncio.sleep(0.01)               # pretend: reset the session
        self.free.append(conn)


POOL = Pool()


@asynccontextmanager
async def connection():
    """Lend a connection from POOL for the duration of an `async with` block."""
    conn = await POOL.acquire()
    yield conn
    # TODO: this line is skipped when the block raises or is cancelled: the connection leaks.
    await POOL.release(conn)


async def job(name: str, fail: bool = False) -> None:
    async with connection() as conn:
        await asyncio.sleep(0.1)
        if fail:
            raise ValueError(f"{name}: bad row")
        print(f"{name} done on {conn}")


async def main():
    for name, fail in [("job-a", False), ("job-b", True), ("job-c", False)]:
        try:
            await job(name, fail)
        except ValueError as exc:
            print("failed:", exc)
    print("free connections after the jobs:", len(POOL.free))


if __name__ == "__main__":
    asyncio.run(main())
