# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. Asks the judge how many pauses and what result, builds a
# coroutine that pauses that often and returns that, and hands the judge what run() made of it.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()


class Pause:
    def __await__(self):
        yield "pause"


async def probe(pauses: int, result: int) -> int:
    for _ in range(pauses):
        await Pause()
    return result


async def main() -> None:
    pauses, result = judge.ask("plan")
    await judge.answer("run(probe)", lambda: learner.run(probe(pauses, result)))


asyncio.run(main())
