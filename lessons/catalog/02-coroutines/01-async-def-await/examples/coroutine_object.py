# Calling an async function does not run it: it builds a coroutine object.
import asyncio


def regular():
    print("  regular() body runs")
    return 42


async def fetch_user():
    print("  fetch_user() body runs")
    await asyncio.sleep(1)          # pretend network wait
    return {"id": 1, "name": "Ada"}


print("calling regular():")
print("  got", regular())

print("calling fetch_user():")
coro = fetch_user()                 # nothing printed: the body has not started
print("  got", type(coro).__name__)


async def main():
    user = await coro               # now the body runs, up to the end
    print("awaited it, got", user)

asyncio.run(main())
