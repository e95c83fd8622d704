# The same two races, fixed with asyncio.Lock.
import asyncio

balance = 100
balance_lock = asyncio.Lock()


async def withdraw(who, amount):
    global balance
    async with balance_lock:                  # check and act as one step
        if balance >= amount:
            await asyncio.sleep(0.1)
            balance -= amount
            print(f"{who} withdrew {amount}, balance {balance}")
        else:
            print(f"{who} refused: balance {balance}")


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = asyncio.Lock()

    async def increment(self):
        async with self.lock:                 # one task at a time in here
            current = self.value
            await asyncio.sleep(0.01)
            self.value = current + 1


async def main():
    await asyncio.gather(withdraw("alice", 80), withdraw("bob", 80))
    print(f"final balance: {balance}")

    counter = Counter()
    await asyncio.gather(*(counter.increment() for _ in range(100)))
    print(f"100 increments with a lock: counter = {counter.value}")


asyncio.run(main())
