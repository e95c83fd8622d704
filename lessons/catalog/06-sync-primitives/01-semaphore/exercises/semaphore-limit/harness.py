# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. This process runs the learner's run_all with process()
# served by the judge (each call takes 0.1 s here) and hands the judge the answer.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()


async def a_short_job(item: int) -> None:
    await asyncio.sleep(0.1)


judge.serve(learner, "process", wait=a_short_job)  # run_all looks process up at call time


async def main() -> None:
    await judge.answer("run_all([1, ..., 6], limit=2)", learner.run_all([1, 2, 3, 4, 5, 6], limit=2))


asyncio.run(main())
