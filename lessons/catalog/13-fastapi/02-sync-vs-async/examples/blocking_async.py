"""The classic mistake: a blocking call inside an async def endpoint."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/report")
async def report():
    time.sleep(0.5)          # blocking! nothing else on the loop can run meanwhile
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
        t0 = time.perf_counter()
        await asyncio.gather(*(client.get("/report") for _ in range(3)))
        print(f"3 requests took {time.perf_counter() - t0:.1f} s")


asyncio.run(main())
