"""Starlette's TestClient: synchronous tests, the app runs on a loop in another thread."""
import asyncio
import contextlib
import threading

from fastapi import FastAPI
from fastapi.testclient import TestClient

events = []


@contextlib.asynccontextmanager
async def lifespan(app):
    events.append("startup")
    yield
    events.append("shutdown")


app = FastAPI()
app.router.lifespan_context = lifespan        # FastAPI 0.92; newer: FastAPI(lifespan=lifespan)


@app.get("/where")
async def where():
    await asyncio.sleep(0.1)
    return {"thread": threading.current_thread().name}


def test_where(client):
    r = client.get("/where")                  # an ordinary blocking call
    assert r.status_code == 200
    same = r.json()["thread"] == threading.current_thread().name
    print("endpoint ran in the test's own thread:", same)


with TestClient(app) as client:               # 'with' runs startup and shutdown
    test_where(client)
print("lifespan events seen:", events)
print("test thread:", threading.current_thread().name)
