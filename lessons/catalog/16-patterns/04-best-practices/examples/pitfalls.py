"""Four classic async pitfalls, each next to its fix."""
import asyncio


async def fetch(name, seconds=0.5):
    await asyncio.sleep(seconds)
    return name


# 1. Forgetting await ---------------------------------------------------------
async def forgot_await():
    result = fetch("a")                     # a coroutine object, not "a"
    print("1 bad: ", type(result).__name__)
    print("1 good:", await fetch("a"))


# 2. Sequential awaits where the calls are independent ------------------------
async def sequential_vs_concurrent():
    loop = asyncio.get_running_loop()
    start = loop.time()
    a = await fetch("a")
    b = await fetch("b")
    print(f"2 bad:  sequential {loop.time() - start:.1f} s")
    start = loop.time()
    a, b = await asyncio.gather(fetch("a"), fetch("b"))
    print(f"2 good: gather     {loop.time() - start:.1f} s")


# 3. Swallowing CancelledError ------------------------------------------------
async def stubborn():
    try:
        await asyncio.sleep(3)
    except:                                 # bare except also catches CancelledError
        pass
    return "finished anyway"


async def polite():
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError:
        print("3 good: polite() cleaning up")
        raise                               # let the cancellation propagate
    return "finished"


async def swallowed_cancel():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        result = await asyncio.wait_for(stubborn(), timeout=1)
        print(f"3 bad:  no TimeoutError - wait_for returned {result!r} after {loop.time() - start:.1f} s")
    except asyncio.TimeoutError:
        print("3 bad:  (timed out)")
    start = loop.time()
    try:
        await asyncio.wait_for(polite(), timeout=1)
    except asyncio.TimeoutError:
        print(f"3 good: timed out after {loop.time() - start:.1f} s")


# 4. Shared state changed across an await -------------------------------------
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_racy(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)           # another task runs here...
        self.balance = current + amount     # ...and its update is overwritten

    async def deposit_safe(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def race():
    racy, safe = Account(), Account()
    await asyncio.gather(*(racy.deposit_racy(10) for _ in range(5)))
    await asyncio.gather(*(safe.deposit_safe(10) for _ in range(5)))
    print(f"4 bad:  balance {racy.balance} (expected 50)")
    print(f"4 good: balance {safe.balance}")


async def main():
    await forgot_await()
    await sequential_vs_concurrent()
    await swallowed_cancel()
    await race()


asyncio.run(main())
