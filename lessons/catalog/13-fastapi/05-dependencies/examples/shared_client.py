"""A new httpx client per request (as some guides show) versus one shared client."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import Depends, FastAPI

app = FastAPI()
shared: httpx.AsyncClient  # created once in main(); lesson 6 moves this into lifespan
base_url = ""


async def new_client_per_request():
    async with httpx.AsyncClient(base_url=base_url) as client:   # builds an SSL context every time
        yield client


async def shared_client():
    return shared


@app.get("/upstream")
async def upstream():
    await asyncio.sleep(0.1)
    return {"value": 42}


@app.get("/per-request")
async def per_request(client: httpx.AsyncClient = Depends(new_client_per_request)):
    return (await client.get("/upstream")).json()


@app.get("/shared")
async def with_shared(client: httpx.AsyncClient = Depends(shared_client)):
    return (await client.get("/upstream")).json()


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
    global shared, base_url
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        base_url = url
        shared = httpx.AsyncClient(base_url=url)
        for path in ("/per-request", "/shared"):
            t0 = time.perf_counter()
            await asyncio.gather(*(client.get(path) for _ in range(4)))
            print(f"{path}: 4 requests in {time.perf_counter() - t0:.2f} s")
        await shared.aclose()


asyncio.run(main())
