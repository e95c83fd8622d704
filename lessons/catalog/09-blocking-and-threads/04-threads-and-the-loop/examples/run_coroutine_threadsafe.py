import asyncio
import threading


async def lookup_price(item):
    await asyncio.sleep(0.3)  # async work that belongs to the loop
    return {"apple": 3, "pear": 4}[item]


def report_thread(loop):
    # Synchronous code in another thread that needs an async answer.
    for item in ("apple", "pear"):
        future = asyncio.run_coroutine_threadsafe(lookup_price(item), loop)
        print(f"[thread] {item} costs {future.result(timeout=5)}")  # blocks this thread only


async def main():
    loop = asyncio.get_running_loop()
    worker = threading.Thread(target=report_thread, args=(loop,), name="report")
    worker.start()
    for i in range(4):  # the loop stays free meanwhile
        print(f"[loop] still serving, round {i}")
        await asyncio.sleep(0.2)
    await asyncio.to_thread(worker.join)  # wait for the thread without blocking the loop
    print("[loop] done")


asyncio.run(main())
