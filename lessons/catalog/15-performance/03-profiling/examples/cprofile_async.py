"""What cProfile can and cannot tell you about an async program."""
import asyncio
import cProfile
import io
import pstats


def parse(rows):
    return sum(len(str(i * i)) for i in range(rows))   # CPU work


async def fetch_report():
    await asyncio.sleep(0.6)                 # waiting (pretend network), no CPU
    return "report"


async def crunch():
    total = 0
    for _ in range(3):
        total += parse(1_000_000)             # CPU work on the loop
        await asyncio.sleep(0)                # let others run between chunks
    return total


async def main():
    await asyncio.gather(fetch_report(), crunch())


profiler = cProfile.Profile()
profiler.enable()
asyncio.run(main())
profiler.disable()

out = io.StringIO()
stats = pstats.Stats(profiler, stream=out)
stats.sort_stats("cumulative").print_stats("cprofile_async.py")
for line in out.getvalue().splitlines():
    if "cprofile_async.py" in line or "ncalls" in line:
        print(line.replace(__file__, "").strip())
