"""Start long jobs, poll their progress, cancel one for real."""
import asyncio
import contextlib
import itertools

import httpx
import uvicorn
from fastapi import FastAPI, HTTPException

app = FastAPI()
jobs: dict[int, dict] = {}            # job id -> {"status", "progress", "task"}
job_ids = itertools.count(1)


async def run_job(job_id: int, steps: int):
    job = jobs[job_id]
    job["status"] = "running"
    try:
        for i in range(steps):
            await asyncio.sleep(0.2)                   # one slice of real work
            job["progress"] = round((i + 1) / steps * 100)
        job["status"] = "completed"
    except asyncio.CancelledError:
        job["status"] = "cancelled"
        raise                                          # let the task end as cancelled


@app.post("/jobs", status_code=202)
async def start_job(steps: int = 5):
    job_id = next(job_ids)
    jobs[job_id] = {"status": "pending", "progress": 0}
    # Keep the Task object: it is both our handle for cancelling and the reference
    # that stops the garbage collector from dropping a running task.
    jobs[job_id]["task"] = asyncio.create_task(run_job(job_id, steps), name=f"job-{job_id}")
    return {"job_id": job_id}


@app.get("/jobs/{job_id}")
async def job_status(job_id: int):
    if job_id not in jobs:
        raise HTTPException(status_code=404, detail="no such job")
    return {k: v for k, v in jobs[job_id].items() if k != "task"}


@app.delete("/jobs/{job_id}")
async def cancel_job(job_id: int):
    if job_id not in jobs:
        raise HTTPException(status_code=404, detail="no such job")
    jobs[job_id]["task"].cancel()                      # really stops the coroutine
    return {"cancelling": job_id}


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
        a = (await client.post("/jobs", params={"steps": 5})).json()["job_id"]
        b = (await client.post("/jobs", params={"steps": 5})).json()["job_id"]
        await asyncio.sleep(0.5)
        print("poll:", (await client.get(f"/jobs/{a}")).json())
        await client.delete(f"/jobs/{b}")
        await asyncio.sleep(0.8)
        for job_id in (a, b):
            print(f"job {job_id}:", (await client.get(f"/jobs/{job_id}")).json())


asyncio.run(main())
