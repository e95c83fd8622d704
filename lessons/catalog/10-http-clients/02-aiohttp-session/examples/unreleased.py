import asyncio
import os

import aiohttp

BASE = os.environ["LOOPSCOPE_LAB_URL"]
SLOW_BODY = f"{BASE}/stream/20?delay=0.1"  # a body that takes about 2 s to arrive


async def main():
    # At most 2 connections, to make the problem visible quickly.
    connector = aiohttp.TCPConnector(limit=2)
    async with aiohttp.ClientSession(connector=connector) as session:
        # A pattern seen in tutorials: gather bare session.get(...) calls, read nothing.
        responses = await asyncio.gather(session.get(SLOW_BODY), session.get(SLOW_BODY))
        print("got", [r.status for r in responses], "- bodies not read, not released")

        # Both connections still belong to those responses, so this request has to wait.
        try:
            async with session.get(f"{BASE}/users/3", timeout=aiohttp.ClientTimeout(total=0.5)) as r:
                print("third request:", r.status)
        except asyncio.TimeoutError:
            print("third request: timed out waiting for a free connection")

        for r in responses:
            r.close()  # give up on the bodies and free the connections
        async with session.get(f"{BASE}/users/3") as r:
            print("after closing them:", r.status)


asyncio.run(main())
