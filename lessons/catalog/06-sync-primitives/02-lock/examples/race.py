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


counter = 0


async def increment():
    global counter
    current = counter                         # read
    await asyncio.sleep(0.01)                 # yield to the loop
    counter = current + 1                     # write back an old value


async def increment_no_await():
    global counter
    counter += 1                              # no await inside: nobody can interleave


async def main():
    await asyncio.gather(withdraw("alice", 80), withdraw("bob", 80))
    print(f"final balance: {balance}")

    await asyncio.gather(*(increment() for _ in range(100)))
    print(f"100 increments with an await inside: counter = {counter}")

    globals()["counter"] = 0
    await asyncio.gather(*(increment_no_await() for _ in range(100)))
    print(f"100 increments without an await:    counter = {counter}")


asyncio.run(main())
