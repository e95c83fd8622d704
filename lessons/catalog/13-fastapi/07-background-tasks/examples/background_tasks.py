"""BackgroundTasks: work that runs after the response has been sent."""
import asyncio
import contextlib
import time

import httpx
import uvicorn
from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


async def send_welcome_email(email: str):
    await asyncio.sleep(0.4)                 # talking to a mail server
    print(f"background: email sent to {email}")


def write_audit_log(email: str):
    time.sleep(0.3)                          # blocking file / library call: runs in a thread
    print(f"background: audit log written for {email}")


@app.post("/register")
async def register(email: str, background: BackgroundTasks):
    background.add_task(send_welcome_email, email)
    background.add_task(write_audit_log, email)
    print(f"endpoint: {email} registered")
    return {"registered": email}


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
        reply = await client.post("/register", params={"email": "ann@example.com"})
        print(f"client: got {reply.json()}")
        await asyncio.sleep(1.0)             # the background work finishes meanwhile


asyncio.run(main())
