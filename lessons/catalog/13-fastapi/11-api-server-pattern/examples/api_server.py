"""The async API server pattern as a real FastAPI app: fast, slow, cached and failing routes."""
import asyncio
import contextlib

import httpx
import uvicorn
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

app = FastAPI()
cache: dict[str, dict] = {}
cache_lock = asyncio.Lock()
computed = 0


@app.exception_handler(ValueError)
async def value_error_handler(request: Request, exc: ValueError):
    return JSONResponse(status_code=500, content={"error": str(exc)})


@app.get("/fast")
async def fast():
    await asyncio.sleep(0.05)
    return {"data": "fast"}


async def slow_backend():
    await asyncio.sleep(5)                         # a backend that hangs
    return {"data": "slow"}


@app.get("/slow")
async def slow():
    try:
        return await asyncio.wait_for(slow_backend(), timeout=0.5)
    except asyncio.TimeoutError:
        raise HTTPException(status_code=504, detail="backend timed out")


@app.get("/cached")
async def cached():
    global computed
    async with cache_lock:                         # concurrent misses wait for the first one
        if "report" not in cache:
            await asyncio.sleep(0.3)               # expensive to build
            computed += 1
            cache["report"] = {"data": "report"}
    return {**cache["report"], "computed": computed}


@app.get("/error")
async def error():
    await asyncio.sleep(0.1)
    raise ValueError("simulated failure")


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
    paths = ["/fast", "/slow", "/cached", "/cached", "/error", "/fast"]
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        replies = await asyncio.gather(*(client.get(p) for p in paths))
        for path, r in zip(paths, replies):
            print(path, r.status_code, r.json())


asyncio.run(main())
