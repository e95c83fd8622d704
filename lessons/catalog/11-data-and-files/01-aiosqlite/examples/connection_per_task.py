# The same two requests, each with its own connection: each has its own transaction.
import asyncio
import os
import tempfile

import aiosqlite


async def checkout(path):
    async with aiosqlite.connect(path) as db:      # this request's own connection
        await db.execute("INSERT INTO orders (item) VALUES (?)", ("lamp",))
        await asyncio.sleep(0.1)                   # the payment service answers: declined
        await db.rollback()
    print("checkout: payment declined, order rolled back")


async def signup(path):
    async with aiosqlite.connect(path) as db:
        await asyncio.sleep(0.05)                  # check the form: the checkout writes first
        await db.execute("INSERT INTO users (name) VALUES (?)", ("bea",))
        await asyncio.sleep(0.3)                   # send the welcome mail
        await db.commit()
    print("signup: committed")


async def main():
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "shop.db")
        async with aiosqlite.connect(path) as db:
            await db.executescript("CREATE TABLE users (name TEXT); CREATE TABLE orders (item TEXT);")
        await asyncio.gather(checkout(path), signup(path))
        async with aiosqlite.connect(path) as db:
            users = [r[0] for r in await db.execute_fetchall("SELECT name FROM users")]
            orders = [r[0] for r in await db.execute_fetchall("SELECT item FROM orders")]
        print(f"a connection per task: users={users} orders={orders}")


asyncio.run(main())
