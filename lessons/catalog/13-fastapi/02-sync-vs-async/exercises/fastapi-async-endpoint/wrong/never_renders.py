"""Waits in a worker thread as long as rendering takes and answers with the page count it
works out itself: render_report is never called."""
import asyncio
import time

import httpx
from fastapi import FastAPI

app = FastAPI()


def render_report(report_id: int) -> dict:
    """Third-party rendering library: synchronous and slow. Don't change it."""
    time.sleep(0.3)
    return {"id": report_id, "pages": 3 + report_id % 4}


@app.get("/reports/{report_id}")
async def get_report(report_id: int):
    # The blocking call runs in a worker thread; the loop serves other requests meanwhile.
    # (A plain `def get_report` would work too: FastAPI runs def endpoints in its thread pool.)
    await asyncio.to_thread(time.sleep, 0.3)
    return {"id": report_id, "pages": 3 + report_id % 4}


@app.get("/health")
async def health():
    return {"ok": True}


async def demo():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://reports") as client:
        t0 = time.perf_counter()
        replies = await asyncio.gather(*(client.get(f"/reports/{n}") for n in range(1, 5)))
        print([r.json()["pages"] for r in replies], f"in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    asyncio.run(demo())
