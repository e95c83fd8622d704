import asyncio
import os

import websockets

WS_URL = os.environ["LOOPSCOPE_LAB_URL"].replace("http://", "ws://") + "/ws/echo"


async def sender(ws):
    for i in range(5):
        await ws.send(f"message {i}")
        await asyncio.sleep(0.1)
    await ws.close()


async def receiver(ws):
    # `async for` yields messages until the connection closes.
    async for message in ws:
        print("got", message)


async def main():
    async with websockets.connect(WS_URL) as ws:
        # Sending and receiving are independent: run them as two tasks.
        await asyncio.gather(sender(ws), receiver(ws))
    print("done")


asyncio.run(main())
