"""FastAPI endpoints reading and writing SQLite through aiosqlite."""
import asyncio
import contextlib
import os
import tempfile

import aiosqlite
import httpx
import uvicorn
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

DB_PATH = os.path.join(tempfile.mkdtemp(), "users.db")
app = FastAPI()


class NewUser(BaseModel):
    name: str


async def get_db():
    """A yield dependency: one connection per request, closed after the response."""
    async with aiosqlite.connect(DB_PATH) as db:
        yield db


@app.get("/users/{user_id}")
async def read_user(user_id: int, db: aiosqlite.Connection = Depends(get_db)):
    async with db.execute("SELECT id, name FROM users WHERE id = ?", (user_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="no such user")
    return {"id": row[0], "name": row[1]}


@app.post("/users", status_code=201)
async def create_user(user: NewUser, db: aiosqlite.Connection = Depends(get_db)):
    cur = await db.execute("INSERT INTO users (name) VALUES (?)", (user.name,))
    await db.commit()
    return {"id": cur.lastrowid, "name": user.name}


async def create_schema():
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        await db.executemany("INSERT INTO users (name) VALUES (?)", [("ann",), ("bob",), ("cy",)])
        await db.commit()


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
    await create_schema()
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        replies = await asyncio.gather(
            client.get("/users/1"), client.get("/users/2"), client.get("/users/3"),
            client.get("/users/99"), client.post("/users", json={"name": "dee"}),
        )
        for r in replies:
            print(r.status_code, r.json())
        print((await client.get("/users/4")).json())


asyncio.run(main())
