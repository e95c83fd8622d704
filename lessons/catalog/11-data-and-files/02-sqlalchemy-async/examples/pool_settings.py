import asyncio
import os
import tempfile
import time

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool


async def slow_query(engine, n, start):
    async with engine.connect() as conn:  # borrow a connection from the pool
        print(f"query {n} got a connection at {time.perf_counter() - start:.1f}s")
        await conn.execute(text("SELECT 1"))
        await asyncio.sleep(0.3)  # pretend the query takes 0.3 s


async def main():
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/app.db"

        # Pool settings copied from a server-database tutorial:
        try:
            create_async_engine(url, pool_size=10, max_overflow=20)
        except TypeError as exc:
            print("TypeError:", str(exc).split(".")[0])

        # SQLite file URLs default to NullPool (no pooling). Ask for a queue pool explicitly:
        engine = create_async_engine(
            url,
            poolclass=AsyncAdaptedQueuePool,
            pool_size=2,        # connections kept open
            max_overflow=0,     # no extra ones beyond that
            pool_timeout=5,     # how long a caller may wait for a free connection
            pool_pre_ping=True, # test a connection before handing it out
        )
        start = time.perf_counter()
        await asyncio.gather(*(slow_query(engine, n, start) for n in range(4)))
        print(engine.pool.status())
        await engine.dispose()


asyncio.run(main())
