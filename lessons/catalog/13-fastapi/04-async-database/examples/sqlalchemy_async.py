"""The same idea with SQLAlchemy's asyncio extension (SQLAlchemy 1.4 + aiosqlite)."""
import asyncio
import contextlib
import os
import tempfile

import httpx
import uvicorn
from fastapi import Depends, FastAPI
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import declarative_base, sessionmaker

DB_URL = "sqlite+aiosqlite:///" + os.path.join(tempfile.mkdtemp(), "shop.db")
engine = create_async_engine(DB_URL)              # one engine (and pool) for the whole app
Session = sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    name = Column(String)


async def get_session():
    async with Session() as session:              # one session per request
        yield session


app = FastAPI()


@app.get("/products")
async def list_products(session: AsyncSession = Depends(get_session)):
    result = await session.execute(select(Product).order_by(Product.id))
    return [{"id": p.id, "name": p.name} for p in result.scalars()]


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
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with Session() as session:
        session.add_all([Product(name="lamp"), Product(name="desk")])
        await session.commit()
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        replies = await asyncio.gather(*(client.get("/products") for _ in range(3)))
        print([p["name"] for p in replies[0].json()], "x", len(replies))
    await engine.dispose()


asyncio.run(main())
