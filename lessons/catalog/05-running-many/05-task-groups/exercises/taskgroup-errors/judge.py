# The verdict on build_report(), made where the learner's code never runs: fetch is the
# judge's, so it sees each fetch start and whether it returned, failed or was cancelled.
SERVES = {"fetch": lambda name=None, seconds=None, bad=False: f"{name} ok"}


def verdict(seen, v):
    calls = {str(c.arg(0, "name")): c for c in seen.calls_of("fetch")}
    v.check("build_report runs the three fetches", sorted(calls) == ["prices", "reviews", "stock"],
            f"build_report() called fetch for {sorted(calls) or 'nothing'}; it must fetch prices, "
            "stock and reviews")
    reviews = calls.get("reviews")
    v.check("reviews is cancelled when stock fails",
            reviews is not None and reviews.ended and not reviews.returned,
            "the reviews fetch " + ("never ran" if reviews is None else "ran to its end")
            + "; when stock fails, the task group cancels the fetches still running")
    answer = seen.answer("build_report()")
    printed = answer.get("printed", [])
    v.check("build_report reports the failure and returns None",
            "error" not in answer and answer.get("value", "") is None
            and "report failed: stock: malformed data" in printed,
            "build_report() " + ("never ran" if not answer else f"raised {answer['error']}" if "error" in answer
                                  else f"returned {answer.get('value')!r} and printed {printed[-2:]!r}")
            + "; it must print \"report failed: stock: malformed data\" and return None")
