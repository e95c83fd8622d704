# Circuit breaker: after repeated failures, stop calling a broken service for a
# while and fail fast; then let one trial call through to see if it recovered.
import asyncio


def now():
    return asyncio.get_running_loop().time() - START


class CircuitOpen(Exception):
    pass


class CircuitBreaker:
    def __init__(self, threshold, reset_after):
        self.threshold, self.reset_after = threshold, reset_after
        self.state, self.failures, self.opened_at = "closed", 0, 0.0

    async def call(self, func):
        if self.state == "open":
            if now() - self.opened_at < self.reset_after:
                raise CircuitOpen("not calling: circuit is open")
            self.state = "half-open"                 # allow one trial call
        try:
            result = await func()
        except ConnectionError:
            self.failures += 1
            if self.state == "half-open" or self.failures >= self.threshold:
                self.state, self.opened_at = "open", now()
            raise
        self.state, self.failures = "closed", 0
        return result


async def flaky_service():
    await asyncio.sleep(0.1)
    if now() < 1.5:                                   # an outage for the first 1.5 s
        raise ConnectionError("service down")
    return "ok"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    breaker = CircuitBreaker(threshold=3, reset_after=1.0)
    calls_made = 0

    async def counted():
        nonlocal calls_made
        calls_made += 1
        return await flaky_service()

    for i in range(10):
        try:
            result = await breaker.call(counted)
            outcome = f"success: {result}"
        except CircuitOpen as exc:
            outcome = f"fast fail ({exc})"
        except ConnectionError as exc:
            outcome = f"failed: {exc}"
        print(f"{now():.1f}s  request {i:2}: {outcome:38} -> {breaker.state}")
        await asyncio.sleep(0.2)
    print(f"10 requests, {calls_made} reached the service")


asyncio.run(main())
