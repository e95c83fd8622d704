"""Why is my program stuck? Ask the loop: all_tasks(), get_stack(), print_stack()."""
import asyncio
import sys

accounts_lock = asyncio.Lock()
audit_lock = asyncio.Lock()


async def write_audit(entry):
    async with audit_lock:                # transfer waits here for report() ...
        print("audit:", entry)


async def transfer():
    async with accounts_lock:
        await asyncio.sleep(0.1)
        await write_audit("transfer")


async def report():
    async with audit_lock:
        await asyncio.sleep(0.1)
        async with accounts_lock:         # ... and report waits for transfer(): deadlock
            print("report done")


def await_chain(task):
    """Follow cr_await from the task's coroutine down to where it is suspended."""
    coro, parts = task.get_coro(), []
    while coro is not None and hasattr(coro, "cr_frame"):
        if coro.cr_frame is not None:
            parts.append(f"{coro.cr_code.co_name}:{coro.cr_frame.f_lineno}")
        coro = coro.cr_await
    return " -> ".join(parts)


async def dump_tasks():
    me = asyncio.current_task()
    for task in sorted(asyncio.all_tasks() - {me}, key=lambda t: t.get_name()):
        frame = task.get_stack()[-1]      # Python 3.11: only the task's own coroutine frame
        print(f"{task.get_name()}: get_stack says line {frame.f_lineno};"
              f" await chain {await_chain(task)}")
    print("--- print_stack of 'transfer' ---")
    for task in asyncio.all_tasks():
        if task.get_name() == "transfer":
            task.print_stack(file=sys.stdout)


async def main():
    work = [asyncio.create_task(transfer(), name="transfer"),
            asyncio.create_task(report(), name="report")]
    done, pending = await asyncio.wait(work, timeout=2)   # a watchdog deadline
    if pending:
        print(f"stuck after 2 s: {len(pending)} tasks")
        await dump_tasks()
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sorted(t.get_name() for t in work if t.cancelled()))


asyncio.run(main())
