import asyncio
import os
import tempfile

import aiosqlite

SCHEMA = "CREATE TABLE IF NOT EXISTS products (id INTEGER PRIMARY KEY, name TEXT, price REAL)"


async def create_schema(db: aiosqlite.Connection) -> None:
    await db.execute(SCHEMA)
    await db.commit()


async def bulk_insert(db: aiosqlite.Connection, products: list[tuple[str, float]]) -> None:
    for row in products:
        await db.executemany("INSERT INTO products (name, price) VALUES (?, ?)", [row])
        await db.commit()


async def get(db: aiosqlite.Connection, product_id: int) -> tuple[str, float] | None:
    async with db.execute("SELECT name, price FROM products WHERE id = ?", (product_id,)) as cur:
        row = await cur.fetchone()
    return (row[0], row[1]) if row else None


async def update_price(db: aiosqlite.Connection, product_id: int, price: float) -> None:
    await db.execute("UPDATE products SET price = ? WHERE id = ?", (price, product_id))
    await db.commit()


async def delete(db: aiosqlite.Connection, product_id: int) -> None:
    await db.execute("DELETE FROM products WHERE id = ?", (product_id,))
    await db.commit()


async def count(db: aiosqlite.Connection) -> int:
    async with db.execute("SELECT COUNT(*) FROM products") as cur:
        (n,) = await cur.fetchone()
    return n


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with aiosqlite.connect(os.path.join(folder, "shop.db")) as db:
            await create_schema(db)
            await bulk_insert(db, [(f"product-{i}", float(i)) for i in range(500)])
            print(f"product 1: {await get(db, 1)}")
            await update_price(db, 1, 9.99)
            await delete(db, 2)
            print(f"count: {await count(db)}")


if __name__ == "__main__":
    asyncio.run(main())
