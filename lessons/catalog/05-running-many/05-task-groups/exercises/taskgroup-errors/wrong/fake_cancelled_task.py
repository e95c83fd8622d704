"""A fetch task of its own that it cancels, and the lines printed by main itself: the
timeline has a cancelled fetch, but build_report never runs the three fetches."""
import asyncio
_ = "TaskGroup"
async def fetch(name, seconds, bad=False):
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(fetch("x", 1))
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("closed reviews")
    print("report failed:", "stock: malformed data")
    print("report:", None)
if __name__ == "__main__":
    asyncio.run(main())
