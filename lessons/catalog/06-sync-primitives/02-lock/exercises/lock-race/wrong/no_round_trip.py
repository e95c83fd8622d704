"""Drops the database round trip from deposit: with no await between the read and the write,
no other deposit can get in between, so no lock is needed. The work is gone with it."""
import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit(self, amount: int) -> None:
        async with self.lock:
            self.balance += amount


async def main() -> None:
    account = Account()
    await asyncio.gather(*(account.deposit(1) for _ in range(100)))
    async def hold():
        async with account.lock:
            await asyncio.sleep(0.01)
    await asyncio.gather(hold(), hold())   # a lock wait, for the timeline
    print(f"balance: {account.balance}")


if __name__ == "__main__":
    asyncio.run(main())
