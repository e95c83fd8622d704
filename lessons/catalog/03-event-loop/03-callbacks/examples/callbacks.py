# Plain callbacks: functions the loop calls for you, now or later.
import asyncio
import functools


def report(label, start):
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - start:4.1f}s  {label}")


def reminder(start):
    report("reminder (should never print)", start)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    loop.call_later(2, report, "call_later(2)", start)          # in 2 seconds
    loop.call_at(start + 1, report, "call_at(start + 1)", start)  # at an absolute loop time
    loop.call_soon(report, "call_soon #1", start)               # next iteration, FIFO
    loop.call_soon(report, "call_soon #2", start)
    loop.call_soon(functools.partial(report, start=start, label="partial with keywords"))

    handle = loop.call_later(1.5, reminder, start)
    print(" 0.0s  scheduled everything; main keeps running until its await")
    handle.cancel()                          # a Handle can be cancelled before it runs

    await asyncio.sleep(3)                   # keep the loop alive long enough


asyncio.run(main())
