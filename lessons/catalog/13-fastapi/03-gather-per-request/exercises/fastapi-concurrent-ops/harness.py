"""Behaviour checks for fastapi-concurrent-ops: same answer, about max() not sum() of the lookups."""
import asyncio

import httpx
from loopscope_harness import check, count_calls, expect_equal, load_learner

learner = load_learner()
# The endpoint looks the lookups up when it runs: each call is counted.
lookups = {name: count_calls(learner, name) for name in ("get_profile", "get_orders", "get_recommendations")}


async def main():
    transport = httpx.ASGITransport(app=learner.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://shop") as client:
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        try:
            reply = await client.get("/dashboard/7")
        except Exception as exc:
            check("GET /dashboard/7 answers", False,
                  f"the request crashed with {type(exc).__name__}: {exc}")
            return
        took = loop.time() - t0
        expect_equal("GET /dashboard/7 answers", (reply.status_code, reply.json()),
                     (200, {"profile": {"id": 7, "name": "user7"},
                            "orders": ["order-7-0", "order-7-1"],
                            "recommendations": ["teapot", "lamp"]}))
        counts = {name: c.count for name, c in lookups.items()}
        check("the dashboard calls each lookup", set(counts.values()) == {1},
              f"one GET /dashboard/7 called {', '.join(f'{n} {c} time(s)' for n, c in counts.items())}; "
              "each part of the answer must come from its lookup, called once")
        check("the dashboard takes about 0.5 s, not 1.2 s", took < 0.8,
              f"one dashboard took {took:.1f} s: the lookups ran one after another "
              "(0.3 + 0.5 + 0.4 s); run them together and it takes as long as the slowest")


asyncio.run(main())
