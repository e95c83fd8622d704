# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. Runs the learner's main() with say() served by the judge
# (the learner's own say still prints), so the judge sees which words were said, in what order.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "say")


async def main() -> None:
    await judge.answer("main()", learner.main)


asyncio.run(main())
