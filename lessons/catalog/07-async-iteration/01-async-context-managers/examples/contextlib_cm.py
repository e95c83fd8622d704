# @asynccontextmanager: write the setup, yield, then the cleanup.
# The cleanup only runs on errors if it is in a `finally`.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def timer_without_finally(label):
    loop = asyncio.get_running_loop()        # not get_event_loop(): we are inside the loop
    start = loop.time()
    yield
    print(f"{label}: took {loop.time() - start:.1f}s")          # skipped on error!


@asynccontextmanager
async def timer(label):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:
        print(f"{label}: took {loop.time() - start:.1f}s")      # always runs


@asynccontextmanager
async def transaction(name):
    print(f"{name}: BEGIN")
    await asyncio.sleep(0.1)
    try:
        yield name
    except Exception:
        print(f"{name}: ROLLBACK")
        await asyncio.sleep(0.1)
        raise
    else:
        print(f"{name}: COMMIT")
        await asyncio.sleep(0.1)


async def main():
    async with timer("happy path"):
        await asyncio.sleep(1)

    for cm in (timer_without_finally("no finally"), timer("with finally")):
        try:
            async with cm:
                await asyncio.sleep(0.5)
                raise ValueError("boom")
        except ValueError:
            print(f"  ValueError propagated out of the block")

    async with transaction("tx1"):
        await asyncio.sleep(0.2)
    try:
        async with transaction("tx2"):
            raise KeyError("missing row")
    except KeyError:
        pass


asyncio.run(main())
