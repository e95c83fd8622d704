# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. write_report() is served by the judge, and its work (1.5 s,
# then "report saved") is the checks' own, so the judge sees when the report ran and ended
# against what main() printed.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()


async def the_report() -> None:
    await asyncio.sleep(1.5)  # slow disk
    print("report saved")


judge.serve(learner, "write_report", wait=the_report)


async def main() -> None:
    await judge.answer("main()", learner.main, printed=True)


asyncio.run(main())
