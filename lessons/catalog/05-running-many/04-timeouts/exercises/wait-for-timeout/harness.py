# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. slow_lookup is served by the judge (the directory's
# delays and its LookupError stay as in the exercise), so what a lookup returns is the judge's.
import asyncio

from loopscope_harness import describe_exception, judged, load_learner

judge = judged("judge.py")
learner = load_learner()
DELAYS = {"fast": 0.2, "slow": 5.0, "broken": 0.1}


async def directory(name: str) -> None:
    await asyncio.sleep(DELAYS.get(name, 0.5))
    if name == "broken":
        raise LookupError(f"the directory has no entry for {name!r}")


judge.serve(learner, "slow_lookup", wait=directory)


async def main() -> None:
    loop = asyncio.get_running_loop()
    await judge.answer("fast", learner.lookup_with_timeout("fast", 1.0))
    start = loop.time()
    await judge.answer("slow", learner.lookup_with_timeout("slow", 0.5))
    await judge.answer("slow took", loop.time() - start)
    try:
        got = await learner.lookup_with_timeout("broken", 1.0)
    except LookupError:
        await judge.answer("broken", "LookupError")
    except Exception as e:
        await judge.answer("broken", f"raised {describe_exception(e)}")
    else:
        await judge.answer("broken", f"returned {got!r}")


asyncio.run(main())
