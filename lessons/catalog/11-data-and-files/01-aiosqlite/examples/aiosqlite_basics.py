import asyncio
import os
import tempfile

import aiosqlite


async def main():
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "shop.db")
        async with aiosqlite.connect(path) as db:
            await db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT UNIQUE)")
            await db.executemany(
                "INSERT INTO users (name, email) VALUES (?, ?)",
                [("Ada", "ada@example.test"), ("Grace", "grace@example.test"), ("Alan", "alan@example.test")],
            )
            await db.commit()

            db.row_factory = aiosqlite.Row  # rows behave like dicts
            async with db.execute("SELECT id, name FROM users WHERE name LIKE ?", ("A%",)) as cursor:
                async for row in cursor:
                    print(row["id"], row["name"])

            async with db.execute("SELECT count(*) FROM users") as cursor:
                (count,) = await cursor.fetchone()
            print("users:", count)


asyncio.run(main())
