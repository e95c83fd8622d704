# uvloop vs the standard loop: what gets faster and what does not.
import asyncio
import time

import uvloop


async def switches(n=20_000):
    # pure loop overhead: every sleep(0) is one trip through the scheduler
    for _ in range(n):
        await asyncio.sleep(0)


async def echo_round_trips(n=1_500):
    # socket I/O through streams on 127.0.0.1
    async def handle(reader, writer):
        while data := await reader.readline():
            writer.write(data)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(n):
        writer.write(b"ping\n")
        await reader.readline()
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


async def waiting():
    # pure waiting: 100 tasks sleeping 0.2 s together
    await asyncio.gather(*(asyncio.sleep(0.2) for _ in range(100)))


async def computing():
    # pure Python computation between awaits (long enough that starting a loop is noise)
    sum(i * i for i in range(5_000_000))


def timed(factory, job):
    start = time.perf_counter()
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(job())
    return time.perf_counter() - start


def best_of_three(job):
    # The best of three runs of each loop, taken in turns: on a busy machine one slow run
    # says nothing about the loop, and a burst of load then hits both loops alike.
    std = uv = float("inf")
    for _ in range(3):
        std = min(std, timed(asyncio.new_event_loop, job))
        uv = min(uv, timed(uvloop.new_event_loop, job))
    return std, uv


# What the lesson claims for each workload: uvloop faster, or about the same.
CLAIM = {"switches": "faster", "echo_round_trips": "faster", "waiting": "same", "computing": "same"}

for job in (switches, echo_round_trips, waiting, computing):
    std, uv = best_of_three(job)
    ratio = std / uv
    print(f"{job.__name__:17} asyncio {std:5.2f}s   uvloop {uv:5.2f}s   ratio {ratio:4.1f}x")
    verdict = "faster" if ratio >= 1.3 else "same" if 1 / 1.5 <= ratio <= 1.5 else "slower"
    print(f"{job.__name__}: uvloop is {verdict} (the lesson says: {CLAIM[job.__name__]})")
