# 1000 requests, all started at once: the server is swamped.
import asyncio
from fake_server import FakeServer


async def main():
    server = FakeServer()
    results = await asyncio.gather(*(server.get(i) for i in range(1000)),
                                   return_exceptions=True)
    server.report("all at once", results)


asyncio.run(main())
