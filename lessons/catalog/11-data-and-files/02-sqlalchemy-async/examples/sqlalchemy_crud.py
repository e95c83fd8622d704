import asyncio
import os
import tempfile

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    email = Column(String(100), unique=True)


async def create_user(Session, name, email):
    async with Session() as session:
        user = User(name=name, email=email)
        session.add(user)
        await session.commit()  # INSERT happens here; the id is now known
        return user


async def get_user(Session, user_id):
    async with Session() as session:
        return await session.get(User, user_id)


async def rename_user(Session, user_id, new_name):
    async with Session() as session:
        user = await session.get(User, user_id)
        if user is None:
            return None
        user.name = new_name  # tracked by the session; written on commit
        await session.commit()
        return user


async def delete_user(Session, user_id):
    async with Session() as session:
        user = await session.get(User, user_id)
        if user is not None:
            await session.delete(user)
            await session.commit()
        return user is not None


async def list_names(Session):
    async with Session() as session:
        result = await session.execute(select(User.name).order_by(User.id))
        return result.scalars().all()


async def main():
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{folder}/app.db")
        # SQLAlchemy 1.4: a sessionmaker with class_=AsyncSession (2.0 adds async_sessionmaker)
        Session = sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)

        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)  # sync DDL helper, run for us

        ada = await create_user(Session, "Ada", "ada@example.test")
        await create_user(Session, "Alan", "alan@example.test")
        print("created id", ada.id)
        print("read:", (await get_user(Session, ada.id)).email)
        print("renamed:", (await rename_user(Session, ada.id, "Ada L.")).name)
        print("deleted 2:", await delete_user(Session, 2))
        print("left:", await list_names(Session))
        await engine.dispose()


asyncio.run(main())
