# A sliding-window limiter that retries by calling itself while it still holds its lock.
# asyncio.Lock is not reentrant: the second acquire waits for the lock its own task holds.
import asyncio
from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit, window):
        self.limit = limit                  # at most `limit` calls ...
        self.window = window                # ... in any `window` seconds
        self.stamps = deque()               # when the recent calls went out
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            now = asyncio.get_running_loop().time()
            while self.stamps and self.stamps[0] <= now - self.window:
                self.stamps.popleft()
            if len(self.stamps) < self.limit:
                self.stamps.append(now)
                return
            await asyncio.sleep(self.stamps[0] + self.window - now)
            await self.acquire()            # BUG: this task still holds self.lock


async def send(limiter, n, start):
    await limiter.acquire()
    print(f"{asyncio.get_running_loop().time() - start:.1f}s  message {n} sent")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    limiter = SlidingWindowLimiter(limit=3, window=2.0)
    senders = [asyncio.create_task(send(limiter, n, start)) for n in range(6)]

    await asyncio.sleep(5)                  # long after message 3's slot opened at 2 s
    stuck = [n for n, t in enumerate(senders) if not t.done()]
    print(f"5.0s  lock held: {limiter.lock.locked()}; messages {stuck} still waiting")
    try:
        async with asyncio.timeout(1):      # the deadline that ends the deadlock
            await asyncio.gather(*senders)
    except TimeoutError:
        print(f"{loop.time() - start:.1f}s  gave up: cancelled the stuck senders")


asyncio.run(main())
