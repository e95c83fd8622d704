"""A small cookbook stored with SQLAlchemy's AsyncSession: create, read, update, delete."""
import asyncio
import tempfile

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Recipe(Base):
    __tablename__ = "recipes"
    id = Column(Integer, primary_key=True)
    slug = Column(String(40), unique=True, nullable=False)   # the recipe's address: /r/<slug>
    title = Column(String(80), nullable=False)
    servings = Column(Integer, default=2)


async def add_recipe(Session, slug, title, servings):
    async with Session() as session:
        recipe = Recipe(slug=slug, title=title, servings=servings)
        session.add(recipe)                  # only recorded in memory
        await session.commit()               # the INSERT runs here; the id is now known
        return recipe


async def find_recipe(Session, slug):
    async with Session() as session:
        result = await session.execute(select(Recipe).where(Recipe.slug == slug))
        return result.scalar_one_or_none()


async def rescale(Session, recipe_id, servings):
    async with Session() as session:
        recipe = await session.get(Recipe, recipe_id)
        if recipe is None:
            return None
        recipe.servings = servings           # tracked by the session; written on commit
        await session.commit()
        return recipe


async def remove_recipe(Session, recipe_id):
    async with Session() as session:
        recipe = await session.get(Recipe, recipe_id)
        if recipe is not None:
            await session.delete(recipe)
            await session.commit()
        return recipe is not None


async def titles(Session):
    async with Session() as session:
        result = await session.execute(select(Recipe.title).order_by(Recipe.id))
        return result.scalars().all()


async def main():
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{folder}/cookbook.db")
        # SQLAlchemy 1.4: a sessionmaker with class_=AsyncSession (2.0 adds async_sessionmaker)
        Session = sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)

        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)  # sync DDL helper, run for us

        soup = await add_recipe(Session, "lentil-soup", "Lentil soup", 4)
        await add_recipe(Session, "flatbread", "Flatbread", 6)
        print("added id", soup.id)
        print("found:", (await find_recipe(Session, "lentil-soup")).title)
        print("rescaled to", (await rescale(Session, soup.id, 8)).servings, "servings")
        print("removed 2:", await remove_recipe(Session, 2))
        print("left:", await titles(Session))
        await engine.dispose()


asyncio.run(main())
