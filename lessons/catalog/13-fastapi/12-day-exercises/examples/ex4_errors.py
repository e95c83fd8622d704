"""Exercise 4 (worked): timeouts and errors from async calls, turned into clear HTTP answers."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi import HTTPException

app = FastAPI()
upstream: httpx.AsyncClient


@app.get("/upstream/{name}")
async def fake_upstream(name: str):
    if name == "hang":
        await asyncio.sleep(1.5)           # far longer than callers will wait
    if name == "broken":
        raise HTTPException(status_code=500, detail="upstream bug")
    await asyncio.sleep(0.1)
    return {"source": name}


async def call(name: str):
    reply = await upstream.get(f"/upstream/{name}", timeout=0.3)   # httpx's own timeout
    reply.raise_for_status()
    return reply.json()


@app.get("/one/{name}")
async def one(name: str):
    try:
        return await call(name)
    except httpx.TimeoutException:
        raise HTTPException(status_code=504, detail=f"{name} timed out")
    except httpx.HTTPStatusError as e:
        raise HTTPException(status_code=502, detail=f"{name} answered {e.response.status_code}")


@app.get("/all")
async def all_sources():
    names = ["ok", "hang", "broken"]
    results = await asyncio.gather(*(call(n) for n in names), return_exceptions=True)
    return {n: (type(r).__name__ if isinstance(r, Exception) else "ok") for n, r in zip(names, results)}


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
        for path in ("/one/ok", "/one/hang", "/one/broken", "/all"):
            r = await client.get(path)
            print(path, r.status_code, r.json())
        await upstream.aclose()


asyncio.run(main())
