# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. transfer() and report() are served by the judge (the
# learner's own functions still run, locks and all), so the judge sees whether both ran to
# their end.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "transfer")
judge.serve(learner, "report")


async def main() -> None:
    await judge.answer("main()", learner.main)


asyncio.run(main())
