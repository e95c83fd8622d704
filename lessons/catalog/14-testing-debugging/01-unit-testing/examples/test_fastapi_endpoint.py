"""Testing a FastAPI endpoint in-process: httpx.AsyncClient + ASGITransport, no server, no port."""
import asyncio
import unittest

import httpx
from fastapi import FastAPI

app = FastAPI()


async def load_user(user_id: int):
    await asyncio.sleep(0.2)            # pretend database call
    return {"id": user_id, "name": f"user{user_id}"}


@app.get("/users/{user_id}")
async def get_user(user_id: int):
    return await load_user(user_id)


class TestUsersEndpoint(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        # The transport calls the ASGI app directly: requests never touch a socket.
        transport = httpx.ASGITransport(app=app)
        self.client = httpx.AsyncClient(transport=transport, base_url="http://test")

    async def asyncTearDown(self):
        await self.client.aclose()

    async def test_one_user(self):
        response = await self.client.get("/users/7")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"id": 7, "name": "user7"})

    async def test_bad_id_is_422(self):
        response = await self.client.get("/users/seven")
        self.assertEqual(response.status_code, 422)

    async def test_five_requests_concurrently(self):
        responses = await asyncio.gather(
            *(self.client.get(f"/users/{i}") for i in range(5))
        )
        self.assertEqual([r.json()["id"] for r in responses], [0, 1, 2, 3, 4])


if __name__ == "__main__":
    unittest.main(verbosity=2)
