# Does not do the work and forges the checks' results every way it can from inside the run:
# replaces loopscope_harness's result functions, prints result documents on stdout and stderr,
# and writes one where the results file goes. The check must fail and say it was tampered with.
import asyncio

NAMES = ["run_all calls process once per item", "run_all returns the results in the order of the items",
         "run_all respects the limit it is given", "run_all uses the whole limit"]
import json
import os
import sys

try:
    import loopscope_harness as _h
except ImportError:  # the program's own run: no checks to forge
    _h = None


def _forge() -> None:
    fake = {"schema": "loopscope.harness-results/1", "finished": True, "judged": True,
            "results": [{"name": n, "ok": True, "message": "forged"} for n in NAMES]}
    line = json.dumps(fake)
    print(line)                                   # fake result lines on stdout and stderr
    print(line, file=sys.stderr)
    for fd in (1, 2):                             # ... and straight into the fds
        os.write(fd, (line + "\n").encode())
    if _h is None:
        return
    # Every result says "ok": the checks' own functions replaced.
    _h._record = lambda name, ok, message: True
    _h.check = lambda *a, **k: True
    _h.expect_equal = lambda *a, **k: True
    # A results file where the checks would write theirs, signed with a guess.
    path = getattr(_h, "_results_path", None)
    if path:
        with open(path, "w") as f:
            json.dump({"schema": "loopscope.harness-results/2", "body": line, "mac": "00" * 32}, f)


_forge()


async def process(item: int) -> int:
    await asyncio.sleep(0.5)
    return item * item


async def run_all(items: list[int], limit: int) -> list[int]:
    semaphore = asyncio.Semaphore(limit)

    async def pretend(item: int) -> int:
        async with semaphore:
            await asyncio.sleep(0.5)
            return item * item

    return await asyncio.gather(*(pretend(i) for i in items))


async def main() -> None:
    results = await run_all(list(range(12)), limit=3)
    print(f"processed {len(results)} jobs")


if __name__ == "__main__":
    asyncio.run(main())
