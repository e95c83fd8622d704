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


class Turnstile:
    def __init__(self):
        self.inside = 0
        self.gate = asyncio.Lock()            # one visitor through the turnstile at a time

    async def enter(self, ticket):
        async with self.gate:                 # read, log and write as one section
            seen = self.inside
            await asyncio.sleep(0.01)
            self.inside = seen + 1


async def main():
    await asyncio.gather(withdraw("alice", 80), withdraw("bob", 80))
    print(f"final balance: {balance}")

    turnstile = Turnstile()
    await asyncio.gather(*(turnstile.enter(t) for t in range(100)))
    print(f"100 visitors through a locked turnstile: inside = {turnstile.inside}")


asyncio.run(main())
