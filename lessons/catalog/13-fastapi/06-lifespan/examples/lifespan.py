"""Startup and shutdown with a lifespan context manager: a shared client and a periodic job."""
import asyncio
import contextlib

import httpx
import uvicorn
from fastapi import FastAPI, Request


async def refresh_cache(app):
    """A scheduled job: runs every 0.3 s for as long as the app is up."""
    while True:
        await asyncio.sleep(0.3)
        app.state.refreshes += 1
        print("job: cache refreshed")


@contextlib.asynccontextmanager
async def lifespan(app):
    # startup: runs once, before the first request is accepted
    app.state.http = httpx.AsyncClient()
    app.state.refreshes = 0
    job = asyncio.create_task(refresh_cache(app), name="refresh-job")
    print("startup: client and job ready")
    yield
    # shutdown: runs once, after the server stopped taking requests
    job.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await job
    await app.state.http.aclose()
    print("shutdown: job stopped, client closed")


app = FastAPI(lifespan=lifespan)          # FastAPI 0.93 and newer
if app.router.lifespan_context is not lifespan:
    app.router.lifespan_context = lifespan    # FastAPI 0.92 ignores the keyword; set it here


@app.get("/status")
async def status(request: Request):
    return {"refreshes": request.app.state.refreshes}


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
        await asyncio.sleep(1.0)
        print("client:", (await client.get("/status")).json())


asyncio.run(main())
