import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0

    async def deposit(self, amount: int) -> None:
        current = self.balance
        await asyncio.sleep(0.01)  # the database round trip
        self.balance = current + amount


async def main() -> None:
    account = Account()
    await asyncio.gather(*(account.deposit(1) for _ in range(100)))
    print(f"balance: {account.balance}")


if __name__ == "__main__":
    asyncio.run(main())
