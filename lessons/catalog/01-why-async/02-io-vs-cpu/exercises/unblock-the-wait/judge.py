# The verdict on main(), made where the learner's code never runs. fetch_rates() gives back
# rates drawn for this run, so the printed rates can only come from calling it.
import random

RATES = [round(random.uniform(1.2, 1.9), 3) for _ in range(3)]
SERVES = {"fetch_rates": lambda: RATES, "heartbeat": lambda stop=None: None}


def verdict(seen, v):
    fetches, beats = seen.calls_of("fetch_rates"), seen.calls_of("heartbeat")
    v.check("main gets the rates from fetch_rates", len(fetches) == 1,
            f"main() called fetch_rates {len(fetches)} time(s); it must get the rates from fetch_rates(), once")
    printed = seen.answer("main()").get("printed", [])
    expected = f"rates: {RATES!r}"
    v.check("prints the rates fetch_rates returned", expected in printed,
            f"with fetch_rates() giving other rates, main() printed {printed[-1:]!r} instead of {expected!r}")
    v.check("the heartbeat runs while the rates are fetched",
            any(b.overlaps(f) for b in beats for f in fetches),
            f"heartbeat ran {len(beats)} time(s), never while fetch_rates was running; "
            "keep the heartbeat task going during the fetch")
