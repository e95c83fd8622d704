"""Behaviour checks for fastapi-error-handling, with a fake upstream service."""
import asyncio

import httpx
from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()
cancelled = []


async def fake_quote(symbol: str) -> dict:
    if symbol == "slow":
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            cancelled.append(symbol)
            raise
    if symbol == "broken":
        raise learner.UpstreamError("price service answered 500")
    await asyncio.sleep(0.1)
    return {"symbol": symbol, "price": 42.0}


learner.fetch_quote = fake_quote


async def ask(client, symbol):
    """(status, body, seconds) — or (None, 'what happened', seconds) if the app crashed."""
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        reply = await client.get(f"/price/{symbol}")
        return reply.status_code, reply.json(), loop.time() - t0
    except Exception as exc:
        return None, f"crashed with {type(exc).__name__}: {exc}", loop.time() - t0


def said(status, body, took):
    if status is None:
        return f"{body} (a real server would answer 500 Internal Server Error)"
    return f"answered {status} {body} after {took:.1f} s"


async def main():
    transport = httpx.ASGITransport(app=learner.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://prices") as client:
        status, body, took = await ask(client, "acme")
        check("a healthy service answers 200", (status, body) == (200, {"symbol": "acme", "price": 42.0}),
              f"GET /price/acme {said(status, body, took)}; expected 200 with the quote")

        status, body, took = await ask(client, "slow")
        check("a slow service answers 504", status == 504 and took < 1.5,
              f"GET /price/slow {said(status, body, took)}; expected 504 after about "
              f"{learner.UPSTREAM_TIMEOUT_S:g} s")
        await asyncio.sleep(0)
        check("the slow call is cancelled", cancelled == ["slow"],
              "the hanging call to the service was never cancelled; use asyncio.timeout "
              "(or asyncio.wait_for) around the await so giving up also stops the call")

        status, body, took = await ask(client, "broken")
        check("a failing service answers 502", status == 502,
              f"GET /price/broken {said(status, body, took)}; expected 502 Bad Gateway")

        status, body, took = await ask(client, "acme")
        check("still serving after the errors", status == 200,
              f"after the failures, GET /price/acme {said(status, body, took)}")


asyncio.run(main())
