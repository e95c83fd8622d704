"""One request, several upstream calls: one after another, then with gather."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()
upstream: httpx.AsyncClient  # set in main(); one shared client for all requests


# Two slow "upstream services". They live in the same app to keep the example offline.
@app.get("/upstream/profile/{user_id}")
async def profile(user_id: int):
    await asyncio.sleep(0.4)
    return {"id": user_id, "name": "Ann"}


@app.get("/upstream/orders/{user_id}")
async def orders(user_id: int):
    await asyncio.sleep(0.4)
    return [{"order": 1}, {"order": 2}]


@app.get("/dashboard-slow/{user_id}")
async def dashboard_slow(user_id: int):
    user = (await upstream.get(f"/upstream/profile/{user_id}")).json()
    items = (await upstream.get(f"/upstream/orders/{user_id}")).json()
    return {"user": user, "orders": items}


@app.get("/dashboard/{user_id}")
async def dashboard(user_id: int):
    user_resp, orders_resp = await asyncio.gather(
        upstream.get(f"/upstream/profile/{user_id}"),
        upstream.get(f"/upstream/orders/{user_id}"),
    )
    return {"user": user_resp.json(), "orders": orders_resp.json()}


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
    global upstream
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        upstream = httpx.AsyncClient(base_url=url)
        for path in ("/dashboard-slow/1", "/dashboard/1"):
            t0 = time.perf_counter()
            reply = await client.get(path)
            print(f"{path}: {len(reply.json()['orders'])} orders in {time.perf_counter() - t0:.1f} s")
        await upstream.aclose()


asyncio.run(main())
