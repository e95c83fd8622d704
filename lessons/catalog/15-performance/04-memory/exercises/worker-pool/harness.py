# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. handle() is served by the judge (the learner's own
# handle still takes its 0.1 s), so the results process_all returns can only come from it.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "handle")


async def main() -> None:
    await judge.answer("process_all(200 jobs)", learner.process_all(list(range(200))))


asyncio.run(main())
