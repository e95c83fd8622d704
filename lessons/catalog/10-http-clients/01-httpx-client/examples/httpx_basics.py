import asyncio
import os

import httpx

BASE = os.environ["LOOPSCOPE_LAB_URL"]  # the local lab server


async def main():
    async with httpx.AsyncClient(base_url=BASE) as client:
        # GET and decode JSON
        response = await client.get("/users/3")
        print(response.status_code, response.json())

        # POST a JSON body with a header; the lab echoes what it received
        response = await client.post(
            "/post",
            json={"name": "Ada", "age": 36},
            headers={"Authorization": "Bearer demo-token"},
        )
        echoed = response.json()
        print("server saw json:", echoed["json"])
        print("server saw auth:", echoed["headers"]["Authorization"])

        # Error statuses are not exceptions until you ask for one
        response = await client.get("/status/404")
        print("status:", response.status_code)
        try:
            response.raise_for_status()
        except httpx.HTTPStatusError as exc:
            print("raise_for_status ->", type(exc).__name__)


asyncio.run(main())
