# Token bucket: up to `capacity` calls in a burst, then `rate` calls per second.
import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate                     # tokens added per second
        self.capacity = capacity
        self.tokens = capacity
        self.updated = asyncio.get_running_loop().time()
        self.lock = asyncio.Lock()           # one task refills/takes at a time

    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)   # until the next token


async def main():
    start = asyncio.get_running_loop().time()
    bucket = TokenBucket(rate=2, capacity=3)     # 2 calls/s, bursts of 3

    async def call_api(n):
        await bucket.acquire()
        print(f"{asyncio.get_running_loop().time() - start:.1f}s  call {n}")

    await asyncio.gather(*(call_api(n) for n in range(8)))


asyncio.run(main())
