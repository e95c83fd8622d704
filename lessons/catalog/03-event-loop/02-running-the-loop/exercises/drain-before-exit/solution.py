"""A background writer that must not lose lines when the program ends."""
import asyncio


async def writer(queue: asyncio.Queue, written: list) -> None:
    while True:
        line = await queue.get()
        await asyncio.sleep(0.2)              # a slow disk
        written.append(line)
        queue.task_done()


async def main() -> list:
    queue: asyncio.Queue = asyncio.Queue()
    written: list = []
    task = asyncio.create_task(writer(queue, written), name="writer")
    for i in range(5):
        queue.put_nowait(f"line {i}")
    await asyncio.sleep(0.3)                  # the rest of the program's work
    await queue.join()                        # returns once task_done() was called for every line
    task.cancel()                             # the writer is idle now: stop it...
    await asyncio.gather(task, return_exceptions=True)   # ...and wait until it has stopped
    return written


if __name__ == "__main__":
    lines = asyncio.run(main())
    print(f"written: {len(lines)} of 5 lines")
