# The verdict on main(), made where the learner's code never runs: say() is the judge's, so
# what it was asked to say, and in what order, is what the loop really called.
SERVES = {"say": lambda word=None: None}


def verdict(seen, v):
    words = [c.arg(0, "word") for c in seen.calls_of("say")]
    v.expect_equal("say is called with ready, set, go!", words, ["ready", "set", "go!"],
                   f"say() was called with {words!r}; the loop should call it with 'ready', "
                   "'set' and then 'go!'")
