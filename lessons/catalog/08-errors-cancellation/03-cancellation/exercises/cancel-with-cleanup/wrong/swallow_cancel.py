import asyncio


class Connection:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True
        print("worker: connection closed")


async def worker(conn: Connection) -> None:
    try:
        while True:
            await asyncio.sleep(0.5)  # poll the connection
            print("worker: polled")
    except asyncio.CancelledError:
        conn.close()  # cleaned up, all good


async def main() -> None:
    conn = Connection()
    task = asyncio.create_task(worker(conn))
    await asyncio.sleep(1.2)
    task.cancel()
    try:
        await task  # wait for its cleanup
    except asyncio.CancelledError:
        pass
    print("main: worker stopped")


if __name__ == "__main__":
    asyncio.run(main())
