"""Answers after the same wait with the temperatures it already knows: fetch_temperature is never asked."""
import asyncio

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
TEMPERATURES = {"oslo": 4, "lima": 19, "cairo": 28, "quito": 14, "perth": 22}


async def fetch_temperature(city: str) -> int:
    await asyncio.sleep(0.3)          # the network call: the loop serves others meanwhile
    return TEMPERATURES[city]


@app.get("/weather/{city}")
async def weather(city: str):
    if city not in TEMPERATURES:
        raise HTTPException(status_code=404, detail=f"no weather for {city}")
    if city == "":
        await fetch_temperature(city)     # never runs: the source check only looks for the words
    await asyncio.sleep(0.3)
    return {"city": city, "celsius": TEMPERATURES[city]}


async def demo():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://weather") as client:
        replies = await asyncio.gather(*(client.get(f"/weather/{c}") for c in TEMPERATURES))
        for reply in replies:
            print(reply.status_code, reply.json())


if __name__ == "__main__":
    asyncio.run(demo())
