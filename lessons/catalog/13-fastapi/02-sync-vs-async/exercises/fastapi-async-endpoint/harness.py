"""Behaviour checks for fastapi-async-endpoint: reports render side by side, /health stays fast."""
import asyncio
import time

import httpx
from loopscope_harness import check, count_calls, expect_equal, load_learner

learner = load_learner()
renders = count_calls(learner, "render_report")   # looked up when the endpoint runs


async def main():
    transport = httpx.ASGITransport(app=learner.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://reports") as client:
        async def timed(path):
            t0 = time.perf_counter()
            reply = await client.get(path)
            return reply, time.perf_counter() - t0

        async def late_health():
            # meant to arrive 0.05 s after the reports, while they are rendering;
            # its delay counts from then, even if a blocked loop sends it late
            await asyncio.sleep(0.05)
            reply = await client.get("/health")
            return reply, time.perf_counter() - (t0 + 0.05)

        t0 = time.perf_counter()
        try:
            *reports, (health, health_took) = await asyncio.gather(
                *(timed(f"/reports/{n}") for n in range(1, 5)), late_health())
        except Exception as exc:
            check("four reports at once", False, f"a request crashed with {type(exc).__name__}: {exc}")
            return
        took = time.perf_counter() - t0
        expect_equal("four reports at once", [r.json() for r, _ in reports],
                     [{"id": n, "pages": 3 + n % 4} for n in range(1, 5)])
        rendered = sorted(args[0] if args else kwargs.get("report_id") for args, kwargs in renders.calls)
        check("each report is rendered by render_report", rendered == [1, 2, 3, 4],
              f"four report requests called render_report {renders.count} time(s)"
              + (f" (for {rendered})" if rendered else "")
              + "; each report must come from render_report(report_id), in a worker thread")
        check("four reports take about 0.3 s, not 1.2 s", took < 0.9,
              f"four reports requested together took {took:.2f} s: they rendered one after "
              "another because each one held the event loop")
        check("/health answers while reports render", health.status_code == 200 and health_took < 0.25,
              f"/health, asked while the reports were rendering, took {health_took:.2f} s to "
              "answer; it had to wait until the loop was free")


asyncio.run(main())
