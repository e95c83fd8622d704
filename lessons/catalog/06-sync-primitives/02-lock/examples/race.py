# A real race on one thread: read, await, write back.
import asyncio

balance = 100


async def withdraw(who, amount):
    global balance
    if balance >= amount:                     # check ...
        await asyncio.sleep(0.1)              # ... talk to the bank (other tasks run here) ...
        balance -= amount                     # ... act on a check that is now stale
        print(f"{who} withdrew {amount}, balance {balance}")
    else:
        print(f"{who} refused: balance {balance}")


class Turnstile:
    """Counts visitors into a museum and writes each entry to an audit log."""

    def __init__(self):
        self.inside = 0

    async def enter(self, ticket):
        seen = self.inside                    # read the count
        await asyncio.sleep(0.01)             # log the ticket (other visitors get in here)
        self.inside = seen + 1                # write back a count that is now old

    async def enter_at_once(self, ticket):
        self.inside += 1                      # no await in between: nobody can interleave


async def main():
    await asyncio.gather(withdraw("alice", 80), withdraw("bob", 80))
    print(f"final balance: {balance}")

    gate = Turnstile()
    await asyncio.gather(*(gate.enter(t) for t in range(100)))
    print(f"100 visitors, an await between read and write: inside = {gate.inside}")

    gate = Turnstile()
    await asyncio.gather(*(gate.enter_at_once(t) for t in range(100)))
    print(f"100 visitors, no await in between:            inside = {gate.inside}")


asyncio.run(main())
