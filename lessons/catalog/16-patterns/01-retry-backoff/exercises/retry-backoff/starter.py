"""Retrying a flaky service with exponential backoff."""
import asyncio
import os
import uuid

import httpx

LAB = os.environ.get("LOOPSCOPE_LAB_URL", "http://127.0.0.1:8000")


async def fetch_with_retry(client: httpx.AsyncClient, url: str, *, attempts: int = 5,
                           base: float = 0.1, cap: float = 1.0) -> dict:
    """GET url and return its JSON, retrying failures with exponential backoff.

    Retries 5xx answers and connection errors, at most `attempts` tries in all. Waits
    base, 2*base, 4*base, ... between tries, never more than `cap`. When every try fails,
    raises the last error.
    """
    # TODO: retry with growing delays instead of giving up at the first failure.
    reply = await client.get(url)
    reply.raise_for_status()
    return reply.json()


async def main():
    async with httpx.AsyncClient(base_url=LAB) as client:
        key = uuid.uuid4().hex                 # the lab counts failures per key
        data = await fetch_with_retry(client, f"/flaky?fail=3&key={key}")
        print("succeeded on attempt", data["attempt"])


if __name__ == "__main__":
    asyncio.run(main())
