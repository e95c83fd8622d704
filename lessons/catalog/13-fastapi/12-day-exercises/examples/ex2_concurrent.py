"""Exercise 2 (worked): fetch many resources concurrently, at most 3 at a time."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()
upstream: httpx.AsyncClient
limit = asyncio.Semaphore(3)              # be polite to the upstream service


@app.get("/upstream/items/{item_id}")
async def upstream_item(item_id: int):
    await asyncio.sleep(0.2)
    return {"id": item_id, "price": item_id * 10}


async def fetch_item(item_id: int):
    async with limit:
        return (await upstream.get(f"/upstream/items/{item_id}")).json()


@app.get("/basket")
async def basket(ids: str):
    items = await asyncio.gather(*(fetch_item(int(i)) for i in ids.split(",")))
    return {"items": len(items), "total": sum(item["price"] for item in items)}


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
        t0 = time.perf_counter()
        reply = await client.get("/basket", params={"ids": "1,2,3,4,5,6"})
        print(reply.json(), f"in {time.perf_counter() - t0:.1f} s")
        await upstream.aclose()


asyncio.run(main())
