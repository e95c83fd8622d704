"""Replacing async dependencies with AsyncMock."""
import asyncio
import unittest
from unittest.mock import AsyncMock, MagicMock, patch


class WeatherClient:
    async def fetch(self, city):
        raise RuntimeError("the real client would go to the network")


class WeatherService:
    def __init__(self, client):
        self.client = client

    async def temperature(self, city, retries=2):
        for attempt in range(retries + 1):
            try:
                data = await self.client.fetch(city)
                return data["temp"]
            except ConnectionError:
                if attempt == retries:
                    raise
                await asyncio.sleep(0.5)        # back off before retrying


class TestWeatherService(unittest.IsolatedAsyncioTestCase):
    async def test_returns_temperature(self):
        client = AsyncMock()                    # every method is an async mock
        client.fetch.return_value = {"temp": 21}
        service = WeatherService(client)
        self.assertEqual(await service.temperature("Oslo"), 21)
        client.fetch.assert_awaited_once_with("Oslo")

    async def test_retries_after_connection_error(self):
        client = AsyncMock()
        # side_effect as a list: one item per await - raise, raise, then return.
        client.fetch.side_effect = [ConnectionError(), ConnectionError(), {"temp": 5}]
        service = WeatherService(client)
        self.assertEqual(await service.temperature("Rome"), 5)
        self.assertEqual(client.fetch.await_count, 3)

    async def test_gives_up_after_retries(self):
        client = AsyncMock()
        client.fetch.side_effect = ConnectionError("down")
        with self.assertRaises(ConnectionError):
            await WeatherService(client).temperature("Lima")
        self.assertEqual(client.fetch.await_count, 3)

    async def test_patch_object_replaces_a_real_method(self):
        client = WeatherClient()
        # patch.object sees that fetch is 'async def' and uses an AsyncMock.
        with patch.object(client, "fetch", return_value={"temp": 30}) as fake:
            self.assertEqual(await WeatherService(client).temperature("Cairo"), 30)
        self.assertIsInstance(fake, AsyncMock)

    async def test_magicmock_is_not_awaitable(self):
        client = MagicMock()                    # the wrong kind of mock
        client.fetch.return_value = {"temp": 1}
        with self.assertRaises(TypeError):      # "object dict can't be used in 'await'"
            await WeatherService(client).temperature("Pisa")


if __name__ == "__main__":
    unittest.main(verbosity=2)
