# The verdict on run(coro), made where the learner's code never runs. The probe coroutine
# pauses a number of times and returns a value drawn for this run.
import random

PLAN = [random.randint(4, 9), random.randint(100, 999)]
SERVES = {"plan": lambda: PLAN}


def verdict(seen, v):
    pauses, result = PLAN
    answer = seen.answer("run(probe)")
    got = answer.get("value", answer.get("error"))
    v.expect_equal("run drives any coroutine to its end", got, [result, pauses],
                   f"run() on a coroutine that pauses {pauses} times and returns {result} gave "
                   f"{got!r}; expected ({result}, {pauses}): resume it with send(None) until "
                   "StopIteration carries its result")
