import asyncio
import tempfile

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import create_async_engine

SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE)"


async def create_many(engine, people):
    # Bulk insert: one transaction, one statement executed for every row.
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO users (name, email) VALUES (:name, :email)"), people)


async def read_one(engine, user_id):
    async with engine.connect() as conn:
        row = (await conn.execute(text("SELECT name FROM users WHERE id = :id"), {"id": user_id})).first()
        return row.name if row else None


async def create_one(engine, name, email):
    async with engine.begin() as conn:  # commits on success, rolls back on error
        await conn.execute(text("INSERT INTO users (name, email) VALUES (:n, :e)"), {"n": name, "e": email})
    return name


async def count(engine):
    async with engine.connect() as conn:
        return (await conn.execute(text("SELECT count(*) FROM users"))).scalar_one()


async def main():
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{folder}/crud.db")
        async with engine.begin() as conn:
            await conn.execute(text(SCHEMA))

        # Create (bulk)
        await create_many(engine, [{"name": f"user{i}", "email": f"u{i}@example.test"} for i in range(1, 101)])
        print("after bulk insert:", await count(engine))

        # Read (many at once)
        names = await asyncio.gather(*(read_one(engine, i) for i in (1, 50, 100, 101)))
        print("read:", names)

        # Create with errors: keep the good ones, report the bad ones
        results = await asyncio.gather(
            create_one(engine, "Ada", "ada@example.test"),
            create_one(engine, "Copycat", "u1@example.test"),  # duplicate email
            create_one(engine, "Grace", "grace@example.test"),
            return_exceptions=True,
        )
        for r in results:
            print("  ok:" if isinstance(r, str) else "  failed:", r if isinstance(r, str) else type(r).__name__)

        # Update and delete in bulk, in one transaction
        async with engine.begin() as conn:
            updated = await conn.execute(text("UPDATE users SET name = upper(name) WHERE id <= 10"))
            deleted = await conn.execute(text("DELETE FROM users WHERE id BETWEEN 91 AND 100"))
        print("updated", updated.rowcount, "deleted", deleted.rowcount)

        # A failing transaction changes nothing
        try:
            async with engine.begin() as conn:
                await conn.execute(text("DELETE FROM users"))
                raise RuntimeError("something went wrong mid-transaction")
        except RuntimeError:
            pass
        print("after rollback:", await count(engine))
        await engine.dispose()


asyncio.run(main())
