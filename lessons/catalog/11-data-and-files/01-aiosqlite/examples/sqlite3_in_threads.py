import asyncio
import os
import sqlite3
import tempfile


class ThreadedSQLite:
    """Plain sqlite3 made awaitable: each call opens a connection on a worker thread."""

    def __init__(self, path):
        self.path = path

    def _run(self, sql, params=()):
        with sqlite3.connect(self.path) as conn:  # commits on success
            rows = conn.execute(sql, params).fetchall()
        conn.close()
        return rows

    async def execute(self, sql, params=()):
        return await asyncio.to_thread(self._run, sql, params)


async def demo(path):
    db = ThreadedSQLite(path)
    try:
        await db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        await db.execute("INSERT INTO users (name) VALUES ('Ada'), ('Grace'), ('Alan')")
        names = await asyncio.gather(*(
            db.execute("SELECT name FROM users WHERE id = ?", (i,)) for i in (1, 2, 3)
        ))
        print(f"{os.path.basename(path)}: {[rows[0][0] for rows in names]}")
    except sqlite3.OperationalError as exc:
        print(f"{os.path.basename(path)}: OperationalError: {exc}")


async def main():
    await demo(":memory:")  # every new connection gets its own, empty database
    with tempfile.TemporaryDirectory() as folder:
        await demo(os.path.join(folder, "app.db"))


asyncio.run(main())
