"""A weather endpoint that awaits a (simulated) weather service."""
import asyncio

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
TEMPERATURES = {"oslo": 4, "lima": 19, "cairo": 28, "quito": 14, "perth": 22}


def fetch_temperature(city: str) -> int:
    # TODO: make this a coroutine that waits 0.3 s like a network call
    #       (asyncio.sleep), then returns TEMPERATURES[city].
    return 0


@app.get("/weather/{city}")
def weather(city: str):
    # TODO: async def; 404 for unknown cities; await fetch_temperature(city).
    return {"city": city, "celsius": None}


async def demo():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://weather") as client:
        replies = await asyncio.gather(*(client.get(f"/weather/{c}") for c in TEMPERATURES))
        for reply in replies:
            print(reply.status_code, reply.json())


if __name__ == "__main__":
    asyncio.run(demo())
