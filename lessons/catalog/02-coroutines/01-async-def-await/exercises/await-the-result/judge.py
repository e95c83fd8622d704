# The verdict on main(), made where the learner's code never runs. load_profile(id) gives back
# a name drawn for this run, so the printed names can only come from the two profiles.
import random

NAMES = dict(zip((1, 2), random.sample(["Alan", "Barbara", "Edsger", "Frances", "Katherine",
                                        "Margaret", "Niklaus", "Radia"], 2)))


def load_profile(user_id):
    return {"id": user_id, "name": NAMES.get(user_id, "?")}


SERVES = {"load_profile": load_profile}


def verdict(seen, v):
    calls = seen.calls_of("load_profile")
    ids = sorted(str(c.arg(0, "user_id")) for c in calls)
    v.check("main loads both profiles", ids == ["1", "2"],
            f"main() called load_profile {len(calls)} time(s)" + (f" (for {', '.join(ids)})" if ids else "")
            + "; it must load profile 1 and profile 2 with load_profile")
    answer = seen.answer("main()")
    expected = f"users: {NAMES[1]}, {NAMES[2]}"
    v.check("prints the names the profiles have", expected in answer.get("printed", []),
            f"with load_profile() giving other names, main() printed {answer.get('printed', [])[-1:]!r}"
            + (f" and raised {answer['error']}" if "error" in answer else "")
            + f" instead of {expected!r}: print the names from the profiles you awaited")
