# Two shutdown bugs that appear in popular tutorials, detected with a timeout
# instead of hanging forever, and the fix.
import asyncio


async def consumer(name, queue, handled):
    while True:
        item = await queue.get()
        if item is None:                    # "stop" sentinel
            queue.task_done()
            return
        handled.append(item)
        await asyncio.sleep(0.1)
        queue.task_done()


async def run(consumers, sentinels):
    queue, handled = asyncio.Queue(), []
    tasks = [asyncio.create_task(consumer(f"c{i}", queue, handled)) for i in range(consumers)]
    for i in range(6):
        await queue.put(i)
    for _ in range(sentinels):
        await queue.put(None)
    done, pending = await asyncio.wait(tasks, timeout=5)   # wait() does not cancel
    if not pending:
        print(f"{consumers} consumers, {sentinels} sentinel(s): all stopped, handled {len(handled)}")
    else:
        print(f"{consumers} consumers, {sentinels} sentinel(s): STUCK - "
              f"{len(pending)} consumers still waiting on an empty queue")
        for t in pending:
            t.cancel()
        await asyncio.wait(pending)


async def join_with_reput():
    # Consumers pass the sentinel on by putting it back, but never call
    # task_done() for it: join() can never see the count reach zero.
    queue = asyncio.Queue()

    async def consumer():
        while True:
            item = await queue.get()
            if item is None:
                await queue.put(None)       # pass it on ... (+1 unfinished)
                return                      # ... without task_done()
            await asyncio.sleep(0.1)
            queue.task_done()

    workers = [asyncio.create_task(consumer()) for _ in range(3)]
    for i in range(6):
        await queue.put(i)
    await queue.put(None)
    try:
        async with asyncio.timeout(5):
            await queue.join()
        print("join() returned")
    except TimeoutError:
        print("join() with a re-put sentinel: STUCK - the unfinished count never reaches 0")
    for w in workers:
        w.cancel()


async def main():
    await run(consumers=3, sentinels=1)     # bug: one sentinel for three consumers
    await join_with_reput()                 # bug: sentinel never marked done
    await run(consumers=3, sentinels=3)     # fix: one sentinel per consumer


asyncio.run(main())
