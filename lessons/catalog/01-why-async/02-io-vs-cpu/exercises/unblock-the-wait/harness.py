# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. Runs the learner's main() with fetch_rates() and heartbeat()
# served by the judge (the learner's own functions still run, for their time) and hands over
# what main() printed.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "fetch_rates")
judge.serve(learner, "heartbeat")


async def main() -> None:
    await judge.answer("main()", learner.main, printed=True)


asyncio.run(main())
