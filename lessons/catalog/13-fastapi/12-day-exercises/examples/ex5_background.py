"""Exercise 5 (worked): accept an order at once, confirm it in the background."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi import BackgroundTasks

app = FastAPI()
orders: dict[int, str] = {}


async def confirm_order(order_id: int):
    await asyncio.sleep(0.3)              # payment provider + e-mail
    orders[order_id] = "confirmed"
    print(f"background: order {order_id} confirmed")


@app.post("/orders/{order_id}", status_code=202)
async def place_order(order_id: int, background: BackgroundTasks):
    orders[order_id] = "pending"
    background.add_task(confirm_order, order_id)
    return {"order": order_id, "status": "pending"}


@app.get("/orders/{order_id}")
async def order_status(order_id: int):
    return {"order": order_id, "status": orders[order_id]}


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
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        replies = await asyncio.gather(*(client.post(f"/orders/{i}") for i in (1, 2, 3)))
        print("placed:", [r.json()["status"] for r in replies])
        await asyncio.sleep(0.6)
        replies = await asyncio.gather(*(client.get(f"/orders/{i}") for i in (1, 2, 3)))
        print("later:", [r.json()["status"] for r in replies])


asyncio.run(main())
