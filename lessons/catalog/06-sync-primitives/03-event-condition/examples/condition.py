# A Condition = a lock + "wake me when the state I care about changes".
# Here: a tiny bounded buffer with room for 2 items.
import asyncio
from collections import deque


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


class Buffer:
    def __init__(self, size):
        self.items = deque()
        self.size = size
        self.changed = asyncio.Condition()

    async def put(self, item):
        async with self.changed:                                   # hold the lock
            await self.changed.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.changed.notify_all()                              # lock is held: OK

    async def get(self):
        async with self.changed:
            await self.changed.wait_for(lambda: len(self.items) > 0)
            item = self.items.popleft()
            self.changed.notify_all()
            return item


async def producer(buf):
    for i in range(5):
        await buf.put(f"item-{i}")
        print(f"{now()}  put item-{i}")


async def consumer(buf):
    for _ in range(5):
        await asyncio.sleep(1)                                     # slow consumer
        print(f"{now()}  got {await buf.get()}")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    buf = Buffer(size=2)
    await asyncio.gather(producer(buf), consumer(buf))

    # notify() is only allowed while holding the condition's lock.
    other = asyncio.Condition()
    try:
        other.notify()
    except RuntimeError as exc:
        print(f"notify() without the lock -> RuntimeError: {exc}")


asyncio.run(main())
