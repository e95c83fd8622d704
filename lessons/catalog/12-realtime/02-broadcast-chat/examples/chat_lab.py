import asyncio
import os

import aiohttp

CHAT_URL = os.environ["LOOPSCOPE_LAB_URL"].replace("http://", "ws://") + "/ws/chat"


async def client(session, name, messages, ready, start, expected):
    async with session.ws_connect(CHAT_URL) as ws:
        ready.release()                     # tell main we're connected
        async def send_all():
            await start.wait()              # speak only once everyone is in the room
            for text in messages:
                await ws.send_str(f"{name}: {text}")
                await asyncio.sleep(0.05)
        sender = asyncio.create_task(send_all())
        seen = []
        while len(seen) < expected:         # the lab sends every message to everyone
            seen.append((await ws.receive()).data)
        await sender
    return name, seen


async def main():
    start = asyncio.Event()
    ready = asyncio.Semaphore(0)
    plan = {"ada": ["hi"], "bob": ["hello", "how are you?"], "cy": ["hey"]}
    total = sum(len(m) for m in plan.values())
    async with aiohttp.ClientSession() as session:
        clients = [asyncio.create_task(client(session, n, m, ready, start, total)) for n, m in plan.items()]
        for _ in plan:
            await ready.acquire()           # wait until all three are connected
        start.set()
        for name, seen in await asyncio.gather(*clients):
            print(f"{name} received {len(seen)} messages: {sorted(seen)}")


asyncio.run(main())
