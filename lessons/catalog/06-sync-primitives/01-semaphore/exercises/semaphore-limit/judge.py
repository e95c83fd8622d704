# The verdict on run_all, made where the learner's code never runs (loopscope_harness/judge.py
# loads this file). process(item)'s results are drawn for this run, so they can only come from
# calling process, which the judge serves and counts, running or not.
import random

RESULTS = {item: random.randint(1000, 9999) for item in range(1, 7)}


def process(item):
    return RESULTS.get(item)


SERVES = {"process": process}


def verdict(seen, v):
    calls = seen.calls_of("process")
    asked = sorted(c.arg(0, "item") for c in calls)
    v.check("run_all calls process once per item", asked == [1, 2, 3, 4, 5, 6],
            f"run_all([1, ..., 6], limit=2) called process {len(calls)} time(s)"
            + (f" (for {asked})" if asked else "")
            + "; each item's result must come from process(item), once per item")
    answer = seen.answer("run_all([1, ..., 6], limit=2)")
    expected = [RESULTS[i] for i in range(1, 7)]
    v.expect_equal("run_all returns the results in the order of the items",
                   answer.get("value", answer.get("error")), expected,
                   f"run_all([1, ..., 6], limit=2) gave {answer.get('value', answer.get('error'))!r}; "
                   f"expected {expected!r}: what process(1), ..., process(6) returned, in that order")
    most = seen.most_at_once("process")
    v.check("run_all respects the limit it is given", most <= 2,
            f"run_all(..., limit=2) had {most} calls of process() running at once")
    v.check("run_all uses the whole limit", most >= 2,
            f"run_all(..., limit=2) ran only {most} call at a time; it may run 2")
