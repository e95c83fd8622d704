"""Behaviour checks for fastapi-background-tasks: fast 202s, then the emails."""
import asyncio
import time

import httpx
import uvicorn
from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()
sent_by: list[str] = []   # whom send_welcome_email was called for
_send = getattr(learner, "send_welcome_email", None)


async def counted_send(*args, **kwargs):
    # An async def of its own (not count_calls' plain wrapper): BackgroundTasks runs a plain
    # function in a thread, where the coroutine it returns would never be awaited.
    sent_by.append(str(args[0]) if args else str(kwargs.get("address")))
    return await _send(*args, **kwargs)


if callable(_send):
    learner.send_welcome_email = counted_send   # looked up when each signup runs
ADDRESSES = ["ann@example.test", "bob@example.test", "cy@example.test"]


async def main():
    server = uvicorn.Server(uvicorn.Config(learner.app, host="127.0.0.1", port=0,
                                           log_level="warning"))
    serving = asyncio.create_task(server.serve(), name="uvicorn")
    while not server.started:
        if serving.done():
            check("the app starts", False, f"uvicorn could not start your app: {serving.exception()}")
            return
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            async def signup(address):
                t0 = time.perf_counter()
                reply = await client.post("/signup", json={"email": address})
                return reply, time.perf_counter() - t0

            results = await asyncio.gather(*(signup(a) for a in ADDRESSES))
            statuses = [r.status_code for r, _ in results]
            slowest = max(took for _, took in results)
            check("signup answers at once", statuses == [202] * 3 and slowest < 0.5,
                  f"three signups answered {statuses}; the slowest answer came {slowest:.2f} s "
                  f"after the request" + (f" (202 only after the email was on its way: "
                                          f"the answer should not wait for it)" if slowest >= 0.5 else ""))
            bodies = [r.json() for r, _ in results]
            expect_equal("the answer says accepted", bodies[0],
                         {"status": "accepted", "email": ADDRESSES[0]})
            deadline = time.perf_counter() + 3.0
            while time.perf_counter() < deadline and len(learner.SENT) < 3:
                await asyncio.sleep(0.05)
            check("every welcome email is sent", sorted(learner.SENT) == sorted(ADDRESSES),
                  f"3 s after the signups, emails sent: {sorted(learner.SENT)}; each signup should "
                  "send one welcome email in the background")
            check("each email is sent by send_welcome_email", sorted(sent_by) == sorted(ADDRESSES),
                  f"three signups called send_welcome_email {len(sent_by)} time(s)"
                  + (f" (for {', '.join(sorted(sent_by))})" if sent_by else "")
                  + "; each signup must hand send_welcome_email to the background tasks")
    finally:
        server.should_exit = True
        await serving


asyncio.run(main())
