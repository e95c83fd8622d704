import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()  # one per account, shared by all its deposits

    async def deposit(self, amount: int) -> None:
        # The read and the write must not be split by another deposit's await.
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)  # the database round trip
            self.balance = current + amount


async def main() -> None:
    account = Account()
    await asyncio.gather(*(account.deposit(1) for _ in range(100)))
    print(f"balance: {account.balance}")


if __name__ == "__main__":
    asyncio.run(main())
