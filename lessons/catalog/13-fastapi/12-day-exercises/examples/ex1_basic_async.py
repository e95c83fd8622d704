"""Exercise 1 (worked): convert a sync endpoint to async."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()
USERS = {1: "ann", 2: "bob", 3: "cy", 4: "dee", 5: "eve"}


# Before: a def endpoint calling a blocking client. FastAPI runs it in its thread pool.
@app.get("/v1/users/{user_id}")
def get_user_v1(user_id: int):
    time.sleep(0.2)                       # blocking driver call
    return {"id": user_id, "name": USERS[user_id]}


# After: async def AND an awaitable call. Changing only the keyword would block the loop.
@app.get("/v2/users/{user_id}")
async def get_user_v2(user_id: int):
    await asyncio.sleep(0.2)              # async driver call
    return {"id": user_id, "name": USERS[user_id]}


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
        for version in ("v1", "v2"):
            t0 = time.perf_counter()
            replies = await asyncio.gather(*(client.get(f"/{version}/users/{i}") for i in USERS))
            names = [r.json()["name"] for r in replies]
            print(version, names, f"{time.perf_counter() - t0:.1f} s")


asyncio.run(main())
