"""Answers at once and, in the background, waits as long as an email takes and writes the
address down as sent: send_welcome_email is never called."""
import asyncio
import time

import httpx
import uvicorn
from fastapi import BackgroundTasks, FastAPI
from pydantic import BaseModel

app = FastAPI()
SENT: list[str] = []                     # addresses that got their welcome email


class NewUser(BaseModel):
    email: str


async def send_welcome_email(address: str) -> None:
    await asyncio.sleep(1.0)             # pretend: talking to the mail server
    SENT.append(address)
    print("welcome email sent to", address)


@app.post("/signup", status_code=202)
async def signup(user: NewUser, background_tasks: BackgroundTasks):
    async def pretend(address: str) -> None:
        await asyncio.sleep(1.0)
        SENT.append(address)
    background_tasks.add_task(pretend, user.email)
    return {"status": "accepted", "email": user.email}


async def demo():
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        t0 = time.perf_counter()
        replies = await asyncio.gather(*(client.post("/signup", json={"email": f"u{n}@example.test"})
                                         for n in range(3)))
        print("answered", [r.status_code for r in replies], f"after {time.perf_counter() - t0:.2f} s")
        await asyncio.sleep(1.5)
        print("emails sent:", sorted(SENT))
    server.should_exit = True
    await serving


if __name__ == "__main__":
    asyncio.run(demo())
