import asyncio
import os

import aiohttp

BASE = os.environ["LOOPSCOPE_LAB_URL"]


async def fetch_user(session, user_id):
    # The response is a context manager: leaving the block releases the connection.
    async with session.get(f"{BASE}/users/{user_id}") as response:
        response.raise_for_status()
        return await response.json()  # the body is read with its own await


async def main():
    async with aiohttp.ClientSession() as session:
        users = await asyncio.gather(*(fetch_user(session, i) for i in (1, 2, 3)))
        for user in users:
            print(user["id"], user["name"])

        async with session.post(f"{BASE}/post", json={"hello": "lab"}) as response:
            print("posted:", (await response.json())["json"])


asyncio.run(main())
