# Peek inside the loop: its ready queue, its timers and its selector.
# (_ready, _scheduled and _selector are private; read them only to learn.)
import asyncio
import socket


async def sleeper(name, seconds):
    await asyncio.sleep(seconds)
    print(f"timer woke {name} after {seconds}s")


async def listener(sock):
    loop = asyncio.get_running_loop()
    data = await loop.sock_recv(sock, 100)          # wait until the socket is readable
    print(f"selector woke listener: {data.decode()!r}")


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)

    tasks = [asyncio.create_task(sleeper("A", 3)),
             asyncio.create_task(sleeper("B", 2)),
             asyncio.create_task(sleeper("C", 1)),
             asyncio.create_task(listener(a))]
    print("ready queue:", len(loop._ready), "entries (the new tasks' first steps)")

    await asyncio.sleep(0)                          # let them all take their first step
    # _scheduled is a heap, as the loop keeps it: the earliest deadline first, the rest in
    # heap order (not sorted). That is all the loop needs to know what is due next.
    delays = [round(t.when() - loop.time(), 1) for t in loop._scheduled]
    print("timer heap, as stored:", delays)
    print("earliest first:", delays[0] == min(delays), "| sorted:", delays == sorted(delays))
    print("sockets watched by the selector:", len(loop._selector.get_map()))

    loop.call_later(1.5, b.send, b"ping")           # data arrives at 1.5 s
    await asyncio.gather(*tasks)
    a.close()
    b.close()


asyncio.run(main())
