"""Behaviour checks for fastapi-basic-async: drive the learner's app in-process."""
import asyncio

import httpx
from loopscope_harness import check, count_calls, expect_equal, load_learner

learner = load_learner()
service = count_calls(learner, "fetch_temperature")   # the endpoint looks it up when it runs


async def get(client, path):
    """(status, json) or (None, 'what went wrong') so a crash becomes a readable failure."""
    try:
        reply = await client.get(path)
        return reply.status_code, reply.json()
    except Exception as exc:                      # the app raised instead of answering
        return None, f"the request crashed with {type(exc).__name__}: {exc}"


async def main():
    transport = httpx.ASGITransport(app=learner.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://weather") as client:
        status, body = await get(client, "/weather/oslo")
        check("GET /weather/oslo", (status, body) == (200, {"city": "oslo", "celsius": 4}),
              f"expected 200 {{'city': 'oslo', 'celsius': 4}}, got "
              + (f"{status} {body}" if status else body)
              + (" (a coroutine object in the answer means a missing await)"
                 if "coroutine" in str(body) else ""))

        status, body = await get(client, "/weather/atlantis")
        check("unknown city answers 404", status == 404,
              f"GET /weather/atlantis answered {status} {body}; raise HTTPException(status_code=404)")

        loop = asyncio.get_running_loop()
        cities = ["oslo", "lima", "cairo", "quito", "perth"]
        t0 = loop.time()
        answers = await asyncio.gather(*(get(client, f"/weather/{c}") for c in cities))
        took = loop.time() - t0
        expect_equal("five cities at once", [b.get("celsius") if isinstance(b, dict) else "crashed"
                                             for _, b in answers], [4, 19, 28, 14, 22])
        asked = sorted(str(args[0]) if args else str(kwargs.get("city")) for args, kwargs in service.calls)
        check("the endpoint asks fetch_temperature", asked.count("oslo") == 2 and len(asked) == 6,
              f"six requests for known cities called fetch_temperature {service.count} time(s)"
              + (f" (for {', '.join(asked)})" if asked else "")
              + "; each answer must come from await fetch_temperature(city)")
        check("five requests take about 0.3 s, not 1.5 s", 0.25 <= took < 0.6,
              f"five concurrent requests took {took:.2f} s; each should wait 0.3 s on the "
              "service while the others wait too (about 0.3 s in total)")


asyncio.run(main())
