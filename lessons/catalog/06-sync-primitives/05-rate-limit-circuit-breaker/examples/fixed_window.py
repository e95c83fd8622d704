# Fixed window: at most 3 calls per 1-second window, counted per window.
import asyncio


class FixedWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.window_start, self.count = None, 0
        self.lock = asyncio.Lock()                   # first come, first served

    async def acquire(self):
        async with self.lock:
            await self._acquire()

    async def _acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            start = now - (now % self.window)        # the window `now` falls in
            if start != self.window_start:
                self.window_start, self.count = start, 0
            if self.count < self.limit:
                self.count += 1                      # no await between check and update
                return
            await asyncio.sleep(start + self.window - now)   # until the next window


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep((0.8 - loop.time() % 1) % 1)  # start 0.2 s before a window ends
    start = loop.time()
    limiter = FixedWindow(limit=3, window=1)

    async def call_api(n):
        await limiter.acquire()
        print(f"+{loop.time() - start:.1f}s  call {n}")

    await asyncio.gather(*(call_api(n) for n in range(7)))


asyncio.run(main())
