"""Who runs after sleep(0)? Two players take turns by yielding with sleep(0) while a third task
sleeps for 0.1 s. Step through it and predict, at each pause, which task the loop runs next."""
import asyncio


async def sleeper():
    print("sleeper: going to sleep for 0.1 s")
    await asyncio.sleep(0.1)
    print("sleeper: awake")


async def player(name):
    for turn in range(3):
        print(f"{name}: turn {turn}")
        await asyncio.sleep(0)  # give the loop back: go to the back of the ready queue


async def main():
    await asyncio.gather(
        asyncio.create_task(sleeper(), name="sleeper"),
        asyncio.create_task(player("ping"), name="ping"),
        asyncio.create_task(player("pong"), name="pong"),
    )


asyncio.run(main())
