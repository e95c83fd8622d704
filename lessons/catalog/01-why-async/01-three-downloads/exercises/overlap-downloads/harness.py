# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. Runs the learner's main() with download() served by
# the judge (the learner's own download still waits its second) and hands over what it printed.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "download")


async def main() -> None:
    await judge.answer("main()", learner.main, printed=True)


asyncio.run(main())
