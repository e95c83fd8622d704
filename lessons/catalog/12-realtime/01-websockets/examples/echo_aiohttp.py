import asyncio
import os

import aiohttp

WS_URL = os.environ["LOOPSCOPE_LAB_URL"].replace("http://", "ws://") + "/ws/echo"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(WS_URL) as ws:  # HTTP upgrade, then a long-lived socket
            for word in ("hello", "async", "world"):
                await ws.send_str(word)
                reply = await ws.receive()              # waits without blocking the loop
                print("echo:", reply.data)
            await ws.send_json({"type": "ping", "n": 1})
            print("json echo:", await ws.receive_json())
        print("closed:", ws.closed)


asyncio.run(main())
