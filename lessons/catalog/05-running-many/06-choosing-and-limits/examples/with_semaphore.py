# Same 1000 requests, but at most 20 in flight thanks to a Semaphore.
import asyncio
from fake_server import FakeServer


async def main():
    server = FakeServer()
    limit = asyncio.Semaphore(20)

    async def polite_get(i):
        async with limit:                 # waits here while 20 are in flight
            return await server.get(i)

    results = await asyncio.gather(*(polite_get(i) for i in range(1000)),
                                   return_exceptions=True)
    server.report("semaphore(20)", results)


asyncio.run(main())
