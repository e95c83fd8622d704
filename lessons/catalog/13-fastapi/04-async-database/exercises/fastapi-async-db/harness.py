"""Behaviour checks for fastapi-async-db: create several notes at once, then list them."""
import asyncio
import os
import tempfile

import httpx
from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()
TEXTS = ["milk", "eggs", "tea", "bread", "jam"]


async def main():
    with tempfile.TemporaryDirectory() as folder:
        learner.DB_PATH = os.path.join(folder, "notes.db")
        await learner.init_db()
        transport = httpx.ASGITransport(app=learner.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://notes") as client:
            try:
                replies = await asyncio.gather(*(client.post("/notes", json={"text": t})
                                                 for t in TEXTS))
                listing = await client.get("/notes")
            except Exception as exc:
                check("POST /notes answers 201 with the new id", False,
                      f"a request crashed with {type(exc).__name__}: {exc}")
                return
        statuses = [r.status_code for r in replies]
        bodies = [r.json() for r in replies]
        check("POST /notes answers 201 with the new id",
              statuses == [201] * 5 and all(isinstance(b.get("id"), int) for b in bodies)
              and [b.get("text") for b in bodies] == TEXTS,
              f"five POSTs answered {statuses} {bodies}; expected 201 and "
              "{'id': <the new row's id>, 'text': ...} for each")
        ids = [b.get("id") for b in bodies]
        check("each note gets its own id", len(set(ids)) == 5,
              f"the five notes got the ids {ids}; each insert should report its own lastrowid")
        notes = listing.json() if listing.status_code == 200 else None
        stored = sorted(n.get("text") for n in notes) if isinstance(notes, list) else []
        check("GET /notes lists the notes", stored == sorted(TEXTS),
              f"after five successful POSTs GET /notes answered {listing.status_code} {notes}; "
              f"only {len(stored)} of the 5 notes were found (was each insert saved with "
              "`await db.commit()`?)")
        if isinstance(notes, list) and notes:
            listed_ids = [n.get("id") for n in notes]
            check("oldest note first", listed_ids == sorted(listed_ids),
                  f"GET /notes answered the ids in the order {listed_ids}; use ORDER BY id")


asyncio.run(main())
