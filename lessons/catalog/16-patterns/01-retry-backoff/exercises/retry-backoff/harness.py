"""Behaviour checks for retry-backoff against the lab's /flaky endpoint."""
import asyncio
import os
import uuid

import httpx
from loopscope_harness import check, expect_equal, load_learner

delays: list[float] = []
_real_sleep = asyncio.sleep


async def recording_sleep(delay, result=None):
    if delay > 0:                                # libraries' sleep(0) checkpoints don't count
        delays.append(round(delay, 3))
    return await _real_sleep(delay, result)


asyncio.sleep = recording_sleep                  # before loading, so `from asyncio import sleep` sees it too
learner = load_learner()
LAB = os.environ["LOOPSCOPE_LAB_URL"]


def shown(values):
    return ", ".join(f"{v:g}" for v in values) or "none"


# Built before the loop starts: creating a client loads the TLS certificates, which takes
# long enough to show up as a blocked step if done inside a task.
client = httpx.AsyncClient(base_url=LAB)


async def main():
    async with client:
        # 3 failures, then success
        url = f"/flaky?fail=3&key={uuid.uuid4().hex}"
        try:
            data = await learner.fetch_with_retry(client, url, attempts=5, base=0.1, cap=1.0)
        except Exception as exc:
            data = None
            check("succeeds after 3 failures", False,
                  f"the service fails 3 times, then answers; fetch_with_retry gave up with "
                  f"{type(exc).__name__}: {exc}")
        if data is not None:
            expect_equal("succeeds after 3 failures", data.get("attempt"), 4)
            check("waits between attempts", len(delays) == 3,
                  f"between the 4 attempts, the retry slept {len(delays)} time(s) "
                  f"(delays: {shown(delays)}); expected one await asyncio.sleep before each retry")
            check("the delays grow", len(delays) >= 2 and all(b > a for a, b in zip(delays, delays[1:]))
                  and abs(delays[0] - 0.1) < 0.02,
                  f"the delays between attempts were {shown(delays)} s; with base 0.1 they should "
                  "start at 0.1 and double each time (0.1, 0.2, 0.4)")

        # never succeeds: capped delays, gives up after `attempts`, raises the last error
        delays.clear()
        url = f"/flaky?fail=100&key={uuid.uuid4().hex}"
        try:
            await learner.fetch_with_retry(client, url, attempts=5, base=0.05, cap=0.15)
            raised = None
        except Exception as exc:
            raised = exc
        tries = (await client.get(f"/flaky?fail=0&key={url.rsplit('=', 1)[1]}")).json()["attempt"] - 1
        check("gives up after `attempts` tries", tries == 5,
              f"with attempts=5 against a service that never recovers, fetch_with_retry made "
              f"{tries} request(s)")
        check("raises the last error", isinstance(raised, httpx.HTTPStatusError),
              f"after the last failed try, fetch_with_retry "
              + ("returned instead of raising" if raised is None else
                 f"raised {type(raised).__name__}") + "; re-raise the last HTTPStatusError")
        check("the delays stop at the cap", delays and max(delays) <= 0.15 + 1e-6 and len(delays) == 4,
              f"with base 0.05 and cap 0.15 the delays were {shown(delays)} s; expected "
              "0.05, 0.1, 0.15, 0.15")


asyncio.run(main())
