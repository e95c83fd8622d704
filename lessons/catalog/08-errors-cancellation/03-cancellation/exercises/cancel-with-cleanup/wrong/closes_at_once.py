"""Closes the connection as soon as it starts and then only sleeps: cancelled, it has cleaned up
already, but it never did the polling."""
import asyncio
class Connection:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
async def worker(conn):
    conn.close()                         # closes at once, never works
    await asyncio.sleep(100)
async def main():
    t = asyncio.create_task(worker(Connection()))
    await asyncio.sleep(1.0)
    t.cancel()                           # .cancel(
    await asyncio.gather(t, return_exceptions=True)
    print("worker: connection closed"); print("main: worker stopped")
if __name__ == "__main__":
    asyncio.run(main())
