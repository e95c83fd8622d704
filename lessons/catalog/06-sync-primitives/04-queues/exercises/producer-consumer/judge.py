# The verdict on run_pipeline, made where the learner's code never runs. handle(job) gives back
# a value drawn for this run, so the results can only come from handling every job.
import random

RESULTS = {job: random.randint(1000, 9999) for job in range(1, 6)}
SERVES = {"handle": lambda job=None: RESULTS.get(job)}


def verdict(seen, v):
    calls = seen.calls_of("handle")
    jobs = sorted(str(c.arg(0, "job")) for c in calls)
    v.check("each job is handled by handle()", jobs == ["1", "2", "3", "4", "5"],
            f"run_pipeline([1, ..., 5], 2) called handle {len(calls)} time(s)"
            + (f" (for {', '.join(jobs)})" if jobs else "") + "; every job goes through handle(job), once")
    answer = seen.answer("run_pipeline([1, ..., 5], 2)")
    got = answer.get("value")
    expected = sorted(RESULTS.values())
    v.check("every job is processed once", isinstance(got, list) and sorted(got, key=str) == sorted(expected, key=str),
            f"run_pipeline([1, ..., 5], 2) returned {got!r}; expected what handle gave for the five "
            f"jobs, in any order: {expected!r}")
    v.check("the workers share the jobs", seen.most_at_once("handle") == 2,
            f"{seen.most_at_once('handle')} job(s) were handled at the same time; with 2 workers, 2 at a time")
