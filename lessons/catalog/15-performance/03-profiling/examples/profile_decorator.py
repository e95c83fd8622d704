"""A per-coroutine cProfile decorator (as some guides suggest) and why it misleads."""
import asyncio
import cProfile
import functools


def async_profile(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        profiler = cProfile.Profile()
        try:
            profiler.enable()                 # one profiler per *thread*, not per task
        except ValueError as e:               # 3.12+: a second profiler cannot start at all
            print(f"{func.__name__}(): profiler not started: {e}")
            return await func(*args, **kwargs)
        try:
            return await func(*args, **kwargs)
        finally:
            profiler.disable()
            seen = sorted({e.code.co_name for e in profiler.getstats()
                           if hasattr(e.code, "co_name") and e.code.co_name in NAMES})
            print(f"profile of {func.__name__}() contains: {', '.join(seen) or 'nothing'}")
    return wrapper


@async_profile
async def load_users():
    await asyncio.sleep(0.1)


@async_profile
async def load_orders():
    await asyncio.sleep(0.3)


async def unrelated_job():
    for _ in range(3):
        await asyncio.sleep(0.05)


NAMES = {"load_users", "load_orders", "unrelated_job"}


async def main():
    await asyncio.gather(load_users(), load_orders(), unrelated_job())


asyncio.run(main())
