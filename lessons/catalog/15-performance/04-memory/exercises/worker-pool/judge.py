# The verdict on process_all, made where the learner's code never runs. handle(job) gives back
# a value drawn for this run, so the results can only come from handling every job.
import random

RESULTS = {job: random.randint(1000, 9999) for job in range(200)}
SERVES = {"handle": lambda job=None: RESULTS.get(job)}


def verdict(seen, v):
    calls = seen.calls_of("handle")
    handled = sorted({c.arg(0, "job") for c in calls}, key=str)
    v.check("each job is handled by handle()", len(calls) == 200 and len(handled) == 200,
            f"process_all(200 jobs) called handle {len(calls)} time(s) for {len(handled)} different "
            "job(s); every job goes through handle(job), once")
    got = seen.answer("process_all(200 jobs)").get("value")
    v.check("returns what handle gave for every job",
            isinstance(got, list) and sorted(got, key=str) == sorted(RESULTS.values(), key=str),
            f"process_all(200 jobs) returned {len(got) if isinstance(got, list) else repr(got)[:60]} "
            "result(s) that are not the values handle gave for the 200 jobs")
    most = seen.most_at_once("handle")
    v.check("handles many jobs at once, at most 60", 2 <= most <= 60,
            f"{most} call(s) of handle ran at the same time; the pool should keep about 50 going, never more than 60")
