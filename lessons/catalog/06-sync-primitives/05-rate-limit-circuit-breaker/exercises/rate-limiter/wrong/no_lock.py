"""A rate limiter: at most N starts per time window."""
import asyncio
from collections import deque


class RateLimiter:
    """Allow at most `rate` calls to acquire() to return in any `per`-second window."""

    def __init__(self, rate: int, per: float = 1.0) -> None:
        self.rate = rate
        self.per = per
        self._starts: deque[float] = deque()     # when recent acquisitions happened
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        while self._starts and now - self._starts[0] >= self.per:
            self._starts.popleft()
        if len(self._starts) >= self.rate:
            await asyncio.sleep(self._starts[0] + self.per - now)
        self._starts.append(loop.time())         # every waiter that slept goes at once


async def call_api(limiter: RateLimiter, n: int, t0: float) -> None:
    await limiter.acquire()
    loop = asyncio.get_running_loop()
    print(f"call {n} started at {loop.time() - t0:.1f} s")
    await asyncio.sleep(0.2)                     # pretend: the API call itself


async def main():
    limiter = RateLimiter(3, per=1.0)            # the API allows 3 calls per second
    t0 = asyncio.get_running_loop().time()
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 9):
            tg.create_task(call_api(limiter, n, t0))


if __name__ == "__main__":
    asyncio.run(main())
