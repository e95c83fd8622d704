# The same limiter, retrying in a loop inside the one `async with`: no second acquire.
import asyncio
from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.stamps = deque()
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:               # taken once; the others queue here in order
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                while self.stamps and self.stamps[0] <= now - self.window:
                    self.stamps.popleft()
                if len(self.stamps) < self.limit:
                    self.stamps.append(now)
                    return
                await asyncio.sleep(self.stamps[0] + self.window - now)   # then look again


async def send(limiter, n, start):
    await limiter.acquire()
    print(f"{asyncio.get_running_loop().time() - start:.1f}s  message {n} sent")


async def main():
    start = asyncio.get_running_loop().time()
    limiter = SlidingWindowLimiter(limit=3, window=2.0)
    async with asyncio.timeout(6):          # the same deadline: never reached now
        await asyncio.gather(*(send(limiter, n, start) for n in range(6)))
    print(f"all six sent; lock held: {limiter.lock.locked()}")


asyncio.run(main())
