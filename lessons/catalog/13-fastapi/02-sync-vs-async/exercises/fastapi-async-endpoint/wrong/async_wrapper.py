"""A report endpoint that calls a blocking library."""
import asyncio
import time

import httpx
from fastapi import FastAPI

app = FastAPI()


def render_report(report_id: int) -> dict:
    """Third-party rendering library: synchronous and slow. Don't change it."""
    time.sleep(0.3)
    return {"id": report_id, "pages": 3 + report_id % 4}


async def render_async(report_id: int) -> dict:
    return render_report(report_id)          # "now it is async"


@app.get("/reports/{report_id}")
async def get_report(report_id: int):
    return await render_async(report_id)


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
