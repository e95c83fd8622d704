# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. This process only runs the learner's get_prices with
# fetch_price served by the judge, and hands the judge the answers.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "fetch_price")   # the learner's fetch_price still waits; the judge gives the price


async def main() -> None:
    await judge.answer("get_prices(['XYZ', 'ABC'])", learner.get_prices(["XYZ", "ABC"]))
    await judge.answer("get_prices([])", learner.get_prices([]))


asyncio.run(main())
