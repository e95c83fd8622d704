# Same 1000 requests with a fixed pool of 20 worker tasks.
# Only 20 tasks ever exist, instead of 1000 mostly-waiting ones.
import asyncio
from fake_server import FakeServer


async def main():
    server = FakeServer()
    request_ids = iter(range(1000))        # shared by all workers
    results = []

    async def worker():
        for i in request_ids:              # each worker takes the next id
            try:
                results.append(await server.get(i))
            except ConnectionRefusedError as exc:
                results.append(exc)

    async with asyncio.TaskGroup() as tg:
        for _ in range(20):
            tg.create_task(worker())
    server.report("20 workers", results)


asyncio.run(main())
