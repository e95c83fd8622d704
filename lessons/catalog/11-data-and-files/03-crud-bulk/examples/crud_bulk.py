"""Bulk CRUD for a plant nursery's seedling trays, in SQLAlchemy's async core."""
import asyncio
import tempfile

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import create_async_engine

SCHEMA = """CREATE TABLE seedlings (
    id INTEGER PRIMARY KEY,
    species TEXT NOT NULL,
    tray_tag TEXT UNIQUE,          -- the label stuck on the tray: one tray, one tag
    height_mm INTEGER DEFAULT 0
)"""


async def plant_many(engine, trays):
    # Bulk insert: one transaction, one statement executed for every row.
    async with engine.begin() as conn:
        await conn.execute(
            text("INSERT INTO seedlings (species, tray_tag) VALUES (:species, :tag)"), trays)


async def species_of(engine, seedling_id):
    async with engine.connect() as conn:
        row = (await conn.execute(text("SELECT species FROM seedlings WHERE id = :id"),
                                  {"id": seedling_id})).first()
        return row.species if row else None


async def plant_one(engine, species, tag):
    async with engine.begin() as conn:  # commits on success, rolls back on error
        await conn.execute(text("INSERT INTO seedlings (species, tray_tag) VALUES (:s, :t)"),
                           {"s": species, "t": tag})
    return species


async def count(engine):
    async with engine.connect() as conn:
        return (await conn.execute(text("SELECT count(*) FROM seedlings"))).scalar_one()


async def main():
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{folder}/nursery.db")
        async with engine.begin() as conn:
            await conn.execute(text(SCHEMA))

        # Create (bulk): 100 trays, three species in turn
        kinds = ["basil", "tomato", "marigold"]
        await plant_many(engine, [{"species": kinds[i % 3], "tag": f"T-{i:03}"}
                                  for i in range(100)])
        print("after bulk insert:", await count(engine))

        # Read (many at once)
        found = await asyncio.gather(*(species_of(engine, i) for i in (1, 2, 99, 101)))
        print("read:", found)

        # Create with errors: keep the good ones, report the bad ones
        results = await asyncio.gather(
            plant_one(engine, "chilli", "T-200"),
            plant_one(engine, "mint", "T-007"),       # that tag is already on a tray
            plant_one(engine, "sage", "T-201"),
            return_exceptions=True,
        )
        for r in results:
            print("  ok:" if isinstance(r, str) else "  failed:", r if isinstance(r, str) else type(r).__name__)

        # Update and delete in bulk, in one transaction
        async with engine.begin() as conn:
            grown = await conn.execute(
                text("UPDATE seedlings SET height_mm = 40 WHERE species = 'basil'"))
            sold = await conn.execute(
                text("DELETE FROM seedlings WHERE species = 'marigold' AND id > 90"))
        print("grew", grown.rowcount, "sold", sold.rowcount)

        # A failing transaction changes nothing
        try:
            async with engine.begin() as conn:
                await conn.execute(text("DELETE FROM seedlings"))
                raise RuntimeError("the frost alarm went off mid-transaction")
        except RuntimeError:
            pass
        print("after rollback:", await count(engine))
        await engine.dispose()


asyncio.run(main())
