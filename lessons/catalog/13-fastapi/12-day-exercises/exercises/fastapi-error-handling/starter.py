"""A price endpoint that depends on a sometimes-unreliable upstream service."""
import asyncio

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
UPSTREAM_TIMEOUT_S = 1.0


class UpstreamError(Exception):
    """The price service answered with an error."""


async def fetch_quote(symbol: str) -> dict:
    """Pretend price service: 'slow' hangs for 5 s, 'broken' fails."""
    if symbol == "slow":
        await asyncio.sleep(5)
    if symbol == "broken":
        raise UpstreamError("price service answered 500")
    await asyncio.sleep(0.1)
    return {"symbol": symbol, "price": 42.0}


@app.get("/price/{symbol}")
async def price(symbol: str):
    # TODO: give up after UPSTREAM_TIMEOUT_S with 504; turn UpstreamError into 502.
    return await fetch_quote(symbol)


async def demo():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://prices") as client:
        loop = asyncio.get_running_loop()
        for symbol in ["acme", "slow", "broken"]:
            t0 = loop.time()
            try:
                reply = await client.get(f"/price/{symbol}")
                print(symbol, reply.status_code, reply.json(), f"{loop.time() - t0:.1f} s")
            except Exception as exc:
                print(symbol, "crashed:", type(exc).__name__, exc)


if __name__ == "__main__":
    asyncio.run(demo())
