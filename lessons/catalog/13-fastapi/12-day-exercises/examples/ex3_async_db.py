"""Exercise 3 (worked): CRUD endpoints on one aiosqlite connection opened at startup."""
import asyncio
import contextlib
import os
import tempfile

import aiosqlite
import httpx
import uvicorn
from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel


class NoteIn(BaseModel):
    text: str


@contextlib.asynccontextmanager
async def lifespan(app):
    app.state.db = await aiosqlite.connect(os.path.join(tempfile.mkdtemp(), "notes.db"))
    await app.state.db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    yield
    await app.state.db.close()


app = FastAPI()
app.router.lifespan_context = lifespan     # FastAPI 0.92; newer: FastAPI(lifespan=lifespan)


@app.post("/notes", status_code=201)
async def create_note(note: NoteIn, request: Request):
    db = request.app.state.db
    cur = await db.execute("INSERT INTO notes (text) VALUES (?)", (note.text,))
    await db.commit()
    return {"id": cur.lastrowid, "text": note.text}


@app.get("/notes")
async def list_notes(request: Request):
    async with request.app.state.db.execute("SELECT id, text FROM notes ORDER BY id") as cur:
        return [{"id": i, "text": t} for i, t in await cur.fetchall()]


@app.delete("/notes/{note_id}")
async def delete_note(note_id: int, request: Request):
    db = request.app.state.db
    cur = await db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    await db.commit()
    if cur.rowcount == 0:
        raise HTTPException(status_code=404, detail="no such note")
    return {"deleted": note_id}


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
        await asyncio.gather(*(client.post("/notes", json={"text": t}) for t in ("milk", "eggs", "tea")))
        print("after create:", sorted(n["text"] for n in (await client.get("/notes")).json()))
        print("delete 2:", (await client.delete("/notes/2")).status_code)
        print("delete 2 again:", (await client.delete("/notes/2")).status_code)
        print("left:", len((await client.get("/notes")).json()))


asyncio.run(main())
