# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. fetch() is served by the judge (the learner's own fetch still
# downloads, fails or is cancelled), so the judge sees which fetches ran and how each ended.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "fetch")


async def main() -> None:
    await judge.answer("build_report()", learner.build_report, printed=True)


asyncio.run(main())
