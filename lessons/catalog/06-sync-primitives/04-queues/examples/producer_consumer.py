# A bounded queue between a fast producer and two slow consumers.
# put() waits when the queue is full (backpressure); join() waits until
# every item has been marked done; then the idle workers are cancelled.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def producer(queue):
    for i in range(8):
        await queue.put(i)                  # waits while 3 items are queued
        print(f"{now()}  produced {i} (queue size {queue.qsize()})")
    print(f"{now()}  producer finished")


async def consumer(name, queue):
    while True:
        item = await queue.get()            # waits while the queue is empty
        try:
            await asyncio.sleep(1)          # slow work
            print(f"{now()}  {name} handled {item}")
        finally:
            queue.task_done()               # exactly once per get()


async def main():
    global START
    START = asyncio.get_running_loop().time()
    queue = asyncio.Queue(maxsize=3)
    workers = [asyncio.create_task(consumer(f"c{i}", queue), name=f"c{i}") for i in (1, 2)]
    await producer(queue)
    await queue.join()                      # all 8 items handled
    print(f"{now()}  queue drained; stopping workers")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
