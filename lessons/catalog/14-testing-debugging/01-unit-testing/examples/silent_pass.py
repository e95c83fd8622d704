"""A trap: an async test method in a plain unittest.TestCase never runs."""
import asyncio
import unittest


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


class WrongBase(unittest.TestCase):
    # unittest.TestCase calls this method, gets a coroutine object back
    # and throws it away: the assertion below never executes.
    async def test_add(self):
        self.assertEqual(await add(2, 2), 5)   # wrong on purpose


class RightBase(unittest.IsolatedAsyncioTestCase):
    # Same test on the right base class: it runs, and it fails.
    async def test_add(self):
        self.assertEqual(await add(2, 2), 5)   # wrong on purpose


if __name__ == "__main__":
    for case in (WrongBase, RightBase):
        suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
        result = unittest.TextTestRunner(verbosity=0).run(suite)
        verdict = "passed" if result.wasSuccessful() else "FAILED"
        print(f"{case.__name__}: {verdict}")
