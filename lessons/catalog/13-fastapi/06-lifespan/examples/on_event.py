"""The older style: @app.on_event("startup") / ("shutdown") and a fire-and-forget job."""
import asyncio
import contextlib

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()


async def cleanup_loop():
    while True:
        await asyncio.sleep(0.3)
        print("cleanup: removed old entries")


@app.on_event("startup")
async def startup():
    asyncio.create_task(cleanup_loop())       # nobody keeps the task, nobody stops it
    print("startup handler ran")


@app.on_event("shutdown")
async def shutdown():
    print("shutdown handler ran")


@app.get("/")
async def root():
    return {"ok": True}


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
        await client.get("/")
        await asyncio.sleep(0.7)
    print("server stopped; main returns")


asyncio.run(main())
