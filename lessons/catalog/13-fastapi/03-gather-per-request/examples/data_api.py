"""A small data API: each request gathers three lookups; several clients at once."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()


async def load_dataset(dataset_id: str):
    await asyncio.sleep(0.5)                       # e.g. a metadata query
    return {"id": dataset_id, "rows": 1000}


async def load_schema(dataset_id: str):
    await asyncio.sleep(0.3)
    return {"columns": ["id", "name", "value"]}


async def load_stats(dataset_id: str):
    await asyncio.sleep(0.4)
    return {"mean": 42.5, "count": 1000}


@app.get("/datasets/{dataset_id}")
async def dataset_info(dataset_id: str):
    dataset, schema, stats = await asyncio.gather(
        load_dataset(dataset_id), load_schema(dataset_id), load_stats(dataset_id)
    )
    return {"dataset": dataset, "schema": schema, "stats": stats}


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
        replies = await asyncio.gather(*(client.get(f"/datasets/{d}") for d in ("sales", "users", "logs")))
        print(f"3 requests x 3 lookups in {time.perf_counter() - t0:.1f} s")
        for r in replies:
            info = r.json()
            print(info["dataset"]["id"], len(info["schema"]["columns"]), "columns")


asyncio.run(main())
