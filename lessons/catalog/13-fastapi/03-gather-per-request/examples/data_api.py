"""A weather-station API: each request gathers three lookups; three clients ask at once."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()

STATIONS = {
    "oslo": {"name": "Oslo Blindern", "elevation_m": 94},
    "lima": {"name": "Lima Callao", "elevation_m": 13},
    "quito": {"name": "Quito Mariscal Sucre", "elevation_m": 2400},
}


async def station_info(code: str):
    await asyncio.sleep(0.25)                      # the station registry
    return STATIONS[code]


async def latest_reading(code: str):
    await asyncio.sleep(0.45)                      # the slowest: the sensor archive
    return {"temp_c": len(code) * 3.5, "wind_ms": 4.0}


async def active_alerts(code: str):
    await asyncio.sleep(0.35)                      # the alerts service
    return ["fog"] if code == "lima" else []


@app.get("/stations/{code}")
async def station_report(code: str):
    info, reading, alerts = await asyncio.gather(
        station_info(code), latest_reading(code), active_alerts(code)
    )
    return {"station": info, "reading": reading, "alerts": alerts}


@contextlib.asynccontextmanager
async def running(app):
    """Serve app with uvicorn on a free loopback port (see lesson 1)."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    serving = asyncio.create_task(server.serve(), name="uvicorn")
    while not server.started:
        if serving.done():
            raise RuntimeError("uvicorn did not start")
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving


async def main():
    async with running(app) as url, httpx.AsyncClient(base_url=url) as client:
        t0 = time.perf_counter()
        replies = await asyncio.gather(*(client.get(f"/stations/{c}") for c in STATIONS))
        print(f"3 requests x 3 lookups in {time.perf_counter() - t0:.1f} s")
        for r in replies:
            report = r.json()
            print(f"{report['station']['name']}: {len(report['alerts'])} alert(s)")


asyncio.run(main())
