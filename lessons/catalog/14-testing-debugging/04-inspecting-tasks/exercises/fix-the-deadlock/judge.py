# The verdict on main(), made where the learner's code never runs: transfer() and report() are
# the judge's, so it sees each of them start and end.
SERVES = {"transfer": lambda: None, "report": lambda: None}


def verdict(seen, v):
    for name in ("transfer", "report"):
        calls = seen.calls_of(name)
        v.check(f"main runs {name}() to its end", len(calls) == 1 and calls[0].returned,
                f"main() called {name} {len(calls)} time(s)"
                + (", and it never finished (it was cancelled or raised)" if calls and not calls[0].returned else "")
                + f"; {name}() must run once, to its end")
