# A tiny async "web server" and 10 clients that hit it at the same time.
# Each request waits 0.3 s for a pretend database before answering.
#   --blocking   the handler uses time.sleep instead of await asyncio.sleep
#   --pool N     only N "database connections": requests queue for one
import asyncio
import sys
import time

CLIENTS = 10
BLOCKING = "--blocking" in sys.argv
POOL = int(sys.argv[sys.argv.index("--pool") + 1]) if "--pool" in sys.argv else None


async def query_database(pool):
    if BLOCKING:
        time.sleep(0.3)                 # a sync driver: the whole loop stops
    elif pool is None:
        await asyncio.sleep(0.3)        # an async driver: other requests go on
    else:
        async with pool:                # wait for a free connection first
            await asyncio.sleep(0.3)


async def handle(reader, writer, pool):
    request = await reader.readline()
    await query_database(pool)
    writer.write(b"200 OK " + request)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET /user/{n}\n".encode())
    await writer.drain()
    await reader.readline()
    writer.close()
    await writer.wait_closed()


async def main():
    pool = asyncio.Semaphore(POOL) if POOL else None
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, pool), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(client(port, n) for n in range(CLIENTS)))
    print(f"{CLIENTS} requests served in {loop.time() - start:.1f}s")
    server.close()
    await server.wait_closed()


asyncio.run(main())
