import asyncio


class Connection:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True
        print("worker: connection closed")


async def worker(conn: Connection) -> None:
    # TODO: close the connection when the worker is cancelled.
    while True:
        await asyncio.sleep(0.5)  # poll the connection
        print("worker: polled")


async def main() -> None:
    conn = Connection()
    task = asyncio.create_task(worker(conn))
    await asyncio.sleep(1.2)
    # TODO: stop the worker and wait until it is gone.
    print("main: worker stopped")


if __name__ == "__main__":
    asyncio.run(main())
