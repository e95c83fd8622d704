import asyncio

from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    reported: dict[str, float] = {}
    # Replaces the learner's report() to see when each download was reported.
    learner.report = lambda name: reported.setdefault(name, loop.time() - start)
    learner.SIZES = {"a": 0.3, "b": 1.2, "c": 0.6}
    order = await learner.download_all(["b", "a", "c"])
    expect_equal("download_all returns the names in finishing order", list(order), ["a", "c", "b"])
    expect_equal("every download is reported once", sorted(reported), ["a", "b", "c"])
    late = {n: t for n, t in reported.items() if t > learner.SIZES[n] + 0.1}
    check("each download is reported as soon as it finishes", not late,
          "; ".join(f"{n} finished at {learner.SIZES[n]:.1f} s but was reported at {t:.1f} s"
                    for n, t in late.items()) + ": your code waited for the others first")


asyncio.run(main())
