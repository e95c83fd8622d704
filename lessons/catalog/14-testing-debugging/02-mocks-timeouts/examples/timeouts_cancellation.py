"""Testing timeouts and cancellation."""
import asyncio
import unittest
from unittest.mock import AsyncMock


class Downloader:
    def __init__(self, fetch, timeout=2.0):
        self.fetch = fetch
        self.timeout = timeout
        self.open_connections = 0

    async def download(self, url):
        try:
            return await asyncio.wait_for(self.fetch(url), self.timeout)
        except asyncio.TimeoutError:
            return None                         # callers get None on timeout

    async def stream(self, url):
        self.open_connections += 1
        try:
            while True:
                await asyncio.sleep(1)          # receive a chunk
        finally:
            self.open_connections -= 1          # must run on cancellation too


async def hang_forever(url):
    await asyncio.Event().wait()                # an Event nobody sets


class TestTimeoutsAndCancellation(unittest.IsolatedAsyncioTestCase):
    async def test_timeout_returns_none(self):
        d = Downloader(AsyncMock(side_effect=hang_forever), timeout=2.0)
        loop = asyncio.get_running_loop()
        start = loop.time()
        self.assertIsNone(await d.download("http://slow"))
        # The loop clock moved by the timeout (no real waiting with a virtual clock).
        self.assertAlmostEqual(loop.time() - start, 2.0, delta=0.2)

    async def test_fast_fetch_is_not_cut(self):
        d = Downloader(AsyncMock(return_value=b"data"), timeout=2.0)
        self.assertEqual(await d.download("http://fast"), b"data")

    async def test_cancel_runs_cleanup(self):
        d = Downloader(AsyncMock())
        task = asyncio.create_task(d.stream("http://feed"), name="stream")
        await asyncio.sleep(2.5)                # let it receive a couple of chunks
        self.assertEqual(d.open_connections, 1)
        task.cancel()
        with self.assertRaises(asyncio.CancelledError):
            await task                          # cancellation propagates out
        self.assertTrue(task.cancelled())
        self.assertEqual(d.open_connections, 0) # the finally block ran

    async def test_deadline_with_asyncio_timeout(self):
        # Python 3.11+: asyncio.timeout() as an async context manager.
        with self.assertRaises(TimeoutError):
            async with asyncio.timeout(0.5):
                await hang_forever("x")


if __name__ == "__main__":
    unittest.main(verbosity=2)
