# await does not always pause. Awaiting a coroutine runs it right away, inside the caller's
# task; the task only gives the loop a turn when something in the chain has to wait.
import asyncio

PRICES = {f"item{i}": i * 0.5 for i in range(1000)}
heartbeat_ran = False


async def price_of(item):              # async def, but never waits for anything
    return PRICES[item]


async def heartbeat():
    global heartbeat_ran
    heartbeat_ran = True
    print("heartbeat: got my turn")


async def main():
    asyncio.create_task(heartbeat())   # ready to run at the loop's very next turn
    total = 0.0
    for _ in range(200):
        for item in PRICES:
            total += await price_of(item)          # 200,000 awaits ...
    print(f"200000 awaits done, total {total:.0f}; heartbeat ran meanwhile: {heartbeat_ran}")
    await asyncio.sleep(0)             # the first await that really suspends
    print(f"after one sleep(0): heartbeat ran: {heartbeat_ran}")


asyncio.run(main())
