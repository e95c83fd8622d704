"""Decorators for coroutine functions: timing, retry, timeout - done right and done wrong."""
import asyncio
import functools
import inspect


def timed_wrong(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):              # plain def: returns the coroutine unstarted
        start = asyncio.get_running_loop().time()
        coro = func(*args, **kwargs)           # creating a coroutine takes ~no time
        print(f"[wrong] {func.__name__} took {asyncio.get_running_loop().time() - start:.1f} s")
        return coro
    return wrapper


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):        # async def: the wrapper awaits the real work
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            return await func(*args, **kwargs)
        finally:
            print(f"[timed] {func.__name__} took {loop.time() - start:.1f} s")
    return wrapper


def retry(attempts=3, delay=0.5, on=(ConnectionError,)):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)   # a fresh coroutine per attempt
                except on as exc:
                    if attempt == attempts:
                        raise
                    print(f"[retry] {func.__name__} attempt {attempt} failed: {exc}")
                    await asyncio.sleep(delay * 2 ** (attempt - 1))
        return wrapper
    return decorate


def timeout(seconds):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            async with asyncio.timeout(seconds):       # Python 3.11+
                return await func(*args, **kwargs)
        return wrapper
    return decorate


calls = {"n": 0}


@timed                      # outermost: times all attempts together
@retry(attempts=3)
async def fetch_profile(user):
    calls["n"] += 1
    await asyncio.sleep(0.3)
    if calls["n"] < 3:
        raise ConnectionError("reset by peer")
    return {"user": user}


@timeout(1.0)
async def slow_report():
    await asyncio.sleep(5)


@timed_wrong
async def wrongly_timed():
    await asyncio.sleep(1)


async def main():
    for f in (fetch_profile, slow_report, wrongly_timed):
        print(f"{f.__name__}: coroutine function? {inspect.iscoroutinefunction(f)}")
    print(await fetch_profile("ada"))
    try:
        await slow_report()
    except TimeoutError:
        print("slow_report timed out after 1 s")
    await wrongly_timed()


asyncio.run(main())
