import asyncio

from loopscope_harness import check, expect_equal, finishes_within, load_learner

learner = load_learner()


async def main() -> None:
    ok, results = await finishes_within("run_pipeline finishes", 5, learner.run_pipeline([1, 2, 3, 4, 5], 2))
    if not ok:
        return
    expect_equal("every job is processed once", sorted(results), [10, 20, 30, 40, 50])
    me = asyncio.current_task()
    left = [t for t in asyncio.all_tasks() if t is not me and not t.done()]
    check("the workers are stopped when run_pipeline returns", not left,
          f"{len(left)} task(s) were still running after run_pipeline returned "
          f"({', '.join(sorted({t.get_coro().__qualname__ for t in left}))}); cancel the workers and await them")


asyncio.run(main())
