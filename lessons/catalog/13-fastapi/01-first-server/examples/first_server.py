"""A FastAPI app served by uvicorn inside this program, driven by an httpx client."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/hello/{name}")
async def hello(name: str):
    await asyncio.sleep(0.3)          # stands in for a database query
    return {"greeting": f"hello {name}"}


@contextlib.asynccontextmanager
async def running(app):
    """Start uvicorn as a task on this loop, yield its base URL, stop it cleanly."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve(), name="uvicorn")
    while not server.started:
        if serving.done():
            raise RuntimeError("uvicorn did not start")
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]   # port 0 = any free port
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving


async def main():
    names = ["ann", "bob", "cy", "dee", "eve"]
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        t0 = time.perf_counter()
        for name in names:                                   # one after another
            await client.get(f"/hello/{name}")
        print(f"sequential: {time.perf_counter() - t0:.1f} s")

        t0 = time.perf_counter()
        replies = await asyncio.gather(*(client.get(f"/hello/{n}") for n in names))
        print(f"concurrent: {time.perf_counter() - t0:.1f} s")
        for r in replies:
            print(r.json()["greeting"])


asyncio.run(main())
