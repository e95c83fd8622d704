import asyncio
import os
import uuid

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]


async def get_with_retry(client, url, attempts=4, first_delay=0.1):
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            response = await client.get(url)
            response.raise_for_status()
            return response.json()
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            if attempt == attempts:
                raise
            status = getattr(getattr(exc, "response", None), "status_code", "no answer")
            print(f"attempt {attempt} failed ({status}); retrying in {delay:.1f}s")
            await asyncio.sleep(delay)
            delay *= 2  # exponential backoff: 0.1, 0.2, 0.4 ...


async def main():
    key = uuid.uuid4().hex  # the lab counts failures per key
    async with httpx.AsyncClient(base_url=BASE, timeout=2.0) as client:
        # /flaky answers 503 twice for this key, then 200.
        data = await get_with_retry(client, f"/flaky?fail=2&key={key}")
        print("succeeded on attempt", data["attempt"])


asyncio.run(main())
