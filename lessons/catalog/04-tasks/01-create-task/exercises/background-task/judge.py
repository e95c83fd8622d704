# The verdict on main(), made where the learner's code never runs: write_report is the
# judge's, and so is the only "report saved" line.
SERVES = {"write_report": lambda: None}


def verdict(seen, v):
    calls = seen.calls_of("write_report")
    answer = seen.answer("main()")
    printed = answer.get("printed", [])
    v.check("main runs write_report and waits for it",
            len(calls) == 1 and calls[0].returned and calls[0].ended_at < answer.get("at", 0),
            f"main() called write_report {len(calls)} time(s)"
            + (", and returned before the report was written" if len(calls) == 1 else "")
            + "; start it once as a task and await that task before \"all done\"")
    saved = [i for i, line in enumerate(printed) if line == "report saved"]
    step = printed.index("step 1 done") if "step 1 done" in printed else None
    v.check("the report is written while the steps run",
            len(saved) == 1 and step is not None and step < saved[0],
            f"main() printed {printed!r}; \"report saved\" must come once, from write_report, "
            "after the first step: the report runs in the background while the steps go on")
