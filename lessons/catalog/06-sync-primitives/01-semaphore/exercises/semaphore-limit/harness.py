import asyncio

from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()
inside = 0
most = 0
asked: list[int] = []


async def counting_process(item: int) -> int:
    global inside, most
    asked.append(item)
    inside += 1
    most = max(most, inside)
    try:
        await asyncio.sleep(0.1)
    finally:
        inside -= 1
    return -item


async def main() -> None:
    learner.process = counting_process  # run_all looks process up at call time
    results = await learner.run_all([1, 2, 3, 4, 5, 6], limit=2)
    check("run_all calls process once per item", sorted(asked) == [1, 2, 3, 4, 5, 6],
          f"run_all([1, ..., 6], limit=2) called process {len(asked)} time(s)"
          + (f" (for {sorted(asked)})" if asked else "")
          + "; each item's result must come from process(item), once per item")
    expect_equal("run_all returns the results in the order of the items", list(results), [-1, -2, -3, -4, -5, -6])
    check("run_all respects the limit it is given", most <= 2,
          f"run_all(..., limit=2) had {most} calls of process() running at once")
    check("run_all uses the whole limit", most >= 2,
          f"run_all(..., limit=2) ran only {most} call at a time; it may run 2")


asyncio.run(main())
