"""A FastAPI WebSocket chat: one server task per connection, broadcast with gather."""
import asyncio
import contextlib

import httpx
import uvicorn
import websockets
from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()


class Room:
    def __init__(self):
        self.members: dict[int, WebSocket] = {}

    async def join(self, client_id: int, ws: WebSocket):
        await ws.accept()
        self.members[client_id] = ws

    def leave(self, client_id: int):
        self.members.pop(client_id, None)

    async def broadcast(self, text: str):
        # send to everyone at once; one slow or broken socket must not stop the others
        await asyncio.gather(*(ws.send_text(text) for ws in list(self.members.values())),
                             return_exceptions=True)


room = Room()


@app.websocket("/ws/{client_id}")
async def chat(ws: WebSocket, client_id: int):
    await room.join(client_id, ws)
    try:
        while True:
            text = await ws.receive_text()             # this connection's task waits here
            await room.broadcast(f"client {client_id} says: {text}")
    except WebSocketDisconnect:
        room.leave(client_id)


@app.post("/announce")
async def announce(text: str):
    await room.broadcast(f"server: {text}")
    return {"sent_to": len(room.members)}


@contextlib.asynccontextmanager
async def running(app):
    """Serve app with uvicorn on a free loopback port (see lesson 1)."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    serving = asyncio.create_task(server.serve(), name="uvicorn")
    while not server.started:
        if serving.done():
            raise RuntimeError("uvicorn did not start")
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving


async def main():
    async with running(app) as url, httpx.AsyncClient(base_url=url) as http:
        ws_url = url.replace("http://", "ws://")
        sockets = [await websockets.connect(f"{ws_url}/ws/{i}") for i in (1, 2, 3)]
        await asyncio.sleep(0.1)                       # let all three joins complete

        await sockets[0].send("hello")
        for i, s in enumerate(sockets, 1):
            print(f"ws{i} got:", await s.recv())

        print((await http.post("/announce", params={"text": "closing soon"})).json())
        for i, s in enumerate(sockets, 1):
            print(f"ws{i} got:", await s.recv())

        for s in sockets:
            await s.close()


asyncio.run(main())
