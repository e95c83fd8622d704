"""When does each part of a yield dependency run?"""
import asyncio
import contextlib

import httpx
import uvicorn
from fastapi import Depends, FastAPI

app = FastAPI()


async def get_connection():
    print("dependency: open connection")
    try:
        yield {"conn": 1}
    finally:
        await asyncio.sleep(0.2)                  # e.g. an async close / flush
        print("dependency: connection closed")


@app.get("/items")
async def items(conn: dict = Depends(get_connection)):
    print("endpoint: running with", conn)
    return ["a", "b"]


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
        reply = await client.get("/items")
        print("client: got", reply.json())
        await asyncio.sleep(0.5)                  # give the server time to finish


asyncio.run(main())
