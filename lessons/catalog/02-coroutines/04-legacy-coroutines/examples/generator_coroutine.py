# Generator-based coroutines, as history: types.coroutine still exists for library authors.
import asyncio
import types


@types.coroutine
def legacy_sleep(seconds):
    # a generator, not an async def: it may `yield from` an awaitable
    result = yield from asyncio.sleep(seconds, result="legacy result")
    return result


async def modern():
    value = await legacy_sleep(1)   # native code can await it
    print("awaited a generator-based coroutine:", value)
    print("is it a coroutine function?", asyncio.iscoroutinefunction(legacy_sleep))

    try:
        compile("async def f():\n    yield from asyncio.sleep(1)\n", "<snippet>", "exec")
    except SyntaxError as e:
        print("yield from inside async def:", e.msg)

asyncio.run(modern())
