"""What FastAPI(lifespan=...) does on the installed FastAPI: before 0.93 it is accepted
without complaint ... and never called."""
import asyncio
import contextlib

import fastapi
import httpx
import uvicorn
from fastapi import FastAPI

started = False


@contextlib.asynccontextmanager
async def lifespan(app):
    global started
    started = True
    print("lifespan: startup")
    yield
    print("lifespan: shutdown")


app = FastAPI(lifespan=lifespan)      # the documented way since FastAPI 0.93


@app.get("/")
async def root():
    return {"startup ran": started}


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
    print("FastAPI", fastapi.__version__)
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        print((await client.get("/")).json())
    print("unknown keywords end up in app.extra:", list(app.extra))


asyncio.run(main())
