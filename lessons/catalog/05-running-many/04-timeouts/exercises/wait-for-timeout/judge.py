# The verdict on lookup_with_timeout, made where the learner's code never runs. slow_lookup's
# answers carry a tag drawn for this run, so a found entry can only come from slow_lookup.
import random

TAG = random.randint(100, 999)
SERVES = {"slow_lookup": lambda name=None: f"found {name} (entry {TAG})"}


def verdict(seen, v):
    asked = sorted({str(c.arg(0, "name")) for c in seen.calls_of("slow_lookup")})
    v.check("lookup_with_timeout asks slow_lookup", asked == ["broken", "fast", "slow"],
            f"lookup_with_timeout asked slow_lookup for {asked or 'nothing'}; each lookup must go "
            "through slow_lookup(name)")
    fast = seen.answer("fast")
    v.expect_equal("a fast lookup returns its result", fast.get("value", fast.get("error")),
                   f"found fast (entry {TAG})")
    slow = seen.answer("slow")
    v.expect_equal("a slow lookup returns \"timed out\"", slow.get("value", slow.get("error")), "timed out")
    took = seen.answer("slow took").get("value")
    v.check("it gives up when the timeout expires", isinstance(took, (int, float)) and took < 0.8,
            f"lookup_with_timeout('slow', 0.5) returned after {took if took is None else round(took, 1)} s; "
            "it should give up after 0.5 s")
    broken = seen.answer("broken").get("value")
    v.check("other errors are not hidden", broken == "LookupError",
            f"lookup_with_timeout('broken', 1.0) {broken}; the LookupError of the service should reach "
            "the caller: catch only TimeoutError")
