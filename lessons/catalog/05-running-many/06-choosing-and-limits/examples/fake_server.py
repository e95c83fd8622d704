# A pretend server shared by the examples in this lesson: it can serve at most
# 100 requests at the same time and answers 503 to the rest.
import asyncio

CAPACITY = 100


class FakeServer:
    def __init__(self):
        self.in_flight = 0
        self.peak = 0
        self.rejected = 0

    async def get(self, i):
        if self.in_flight >= CAPACITY:
            self.rejected += 1
            await asyncio.sleep(0.01)
            raise ConnectionRefusedError(f"503 for request {i}")
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0.1)            # the work itself
            return i
        finally:
            self.in_flight -= 1

    def report(self, label, results):
        ok = sum(1 for r in results if not isinstance(r, Exception))
        print(f"{label}: {ok} ok, {self.rejected} rejected, peak {self.peak} in flight")
