"""A notes API stored in SQLite through aiosqlite."""
import asyncio
import os
import tempfile

import aiosqlite
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
DB_PATH = os.path.join(tempfile.gettempdir(), "notes-exercise.db")


class NewNote(BaseModel):
    text: str


async def init_db() -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("CREATE TABLE IF NOT EXISTS notes "
                         "(id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL)")
        await db.commit()


@app.post("/notes")
async def create_note(note: NewNote):
    # TODO: insert the note, answer 201 with {"id": <new id>, "text": ...}
    return {"id": None, "text": note.text}


@app.get("/notes")
async def list_notes():
    # TODO: answer every note as {"id": ..., "text": ...}, oldest first
    return []


async def demo():
    global DB_PATH
    with tempfile.TemporaryDirectory() as folder:
        DB_PATH = os.path.join(folder, "notes.db")
        await init_db()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://notes") as client:
            replies = await asyncio.gather(*(client.post("/notes", json={"text": t})
                                             for t in ["milk", "eggs", "tea"]))
            print("created:", [r.status_code for r in replies])
            print("notes:", (await client.get("/notes")).json())


if __name__ == "__main__":
    asyncio.run(demo())
