"""Two tasks that need the same two locks."""
import asyncio

accounts_lock = asyncio.Lock()
audit_lock = asyncio.Lock()
audit = []


async def transfer():
    async with accounts_lock:
        await asyncio.sleep(0.1)              # move the money
        async with audit_lock:
            audit.append("transfer")
    print("transfer done")


async def report():
    # Take the locks in the same order as transfer(): whoever gets accounts_lock first
    # finishes, and the other waits for it instead of for each other.
    async with accounts_lock:
        await asyncio.sleep(0.1)              # prepare the audit entry
        async with audit_lock:
            audit.append("report")
    print("report done")

async def main():
    work = [asyncio.create_task(transfer(), name="transfer"),
            asyncio.create_task(report(), name="report")]
    done, pending = await asyncio.wait(work, timeout=2)      # the watchdog
    if pending:
        print("stuck:", sorted(t.get_name() for t in pending))
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    else:
        print("both finished")


if __name__ == "__main__":
    asyncio.run(main())
