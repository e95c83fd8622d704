"""Testing a FastAPI app in-process with httpx: no server, no sockets."""
import asyncio
import contextlib

import httpx
from fastapi import FastAPI, HTTPException

events = []


@contextlib.asynccontextmanager
async def lifespan(app):
    events.append("startup")
    yield
    events.append("shutdown")


app = FastAPI()
app.router.lifespan_context = lifespan        # FastAPI 0.92; newer: FastAPI(lifespan=lifespan)
ITEMS = {1: "lamp", 2: "desk"}


@app.get("/items/{item_id}")
async def read_item(item_id: int):
    await asyncio.sleep(0.2)                  # pretend database lookup
    if item_id not in ITEMS:
        raise HTTPException(status_code=404, detail="not found")
    return {"id": item_id, "name": ITEMS[item_id]}


async def test_found(client):
    r = await client.get("/items/1")
    assert r.status_code == 200 and r.json() == {"id": 1, "name": "lamp"}


async def test_missing(client):
    r = await client.get("/items/9")
    assert r.status_code == 404


async def test_validation(client):
    r = await client.get("/items/abc")        # not an int: FastAPI answers 422
    assert r.status_code == 422


async def main():
    transport = httpx.ASGITransport(app=app)  # calls the app directly, in this process
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        tests = [test_found, test_missing, test_validation]
        await asyncio.gather(*(t(client) for t in tests))   # the tests overlap, too
        print(f"{len(tests)} tests passed")
    print("lifespan events seen:", events)


asyncio.run(main())
