# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. handle() is served by the judge (the learner's own
# handle still takes its time), so the results run_pipeline returns can only come from it.
import asyncio

from loopscope_harness import check, finishes_within, judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "handle")


async def main() -> None:
    ok, results = await finishes_within("run_pipeline finishes", 5, learner.run_pipeline([1, 2, 3, 4, 5], 2))
    await judge.answer("run_pipeline([1, ..., 5], 2)", results)
    if not ok:
        return
    me = asyncio.current_task()
    left = [t for t in asyncio.all_tasks() if t is not me and not t.done()]
    # A failure recorded here reaches the judge; a pass never needs to.
    check("the workers are stopped when run_pipeline returns", not left,
          f"{len(left)} task(s) were still running after run_pipeline returned "
          f"({', '.join(sorted({t.get_coro().__qualname__ for t in left}))}); cancel the workers and await them")


asyncio.run(main())
