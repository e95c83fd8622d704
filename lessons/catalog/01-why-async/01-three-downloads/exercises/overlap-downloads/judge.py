# The verdict on main(), made where the learner's code never runs. download(name) gives back a
# file name drawn for this run, so the printed list can only come from the three downloads.
import random

TAG = random.randint(100, 999)
FILES = {name: f"{name[0]}{TAG}.zip" for name in ("a.zip", "b.zip", "c.zip")}


def download(name):
    return FILES.get(name, name)


SERVES = {"download": download}


def verdict(seen, v):
    calls = seen.calls_of("download")
    asked = sorted(str(c.arg(0, "name")) for c in calls)
    v.check("main downloads each file", asked == ["a.zip", "b.zip", "c.zip"],
            f"main() called download {len(calls)} time(s)" + (f" (for {', '.join(asked)})" if asked else "")
            + "; it must get each file from download(name), once per file")
    answer = seen.answer("main()")
    expected = f"downloaded: {[FILES[n] for n in ('a.zip', 'b.zip', 'c.zip')]!r}"
    v.check("prints what the downloads returned", expected in answer.get("printed", []),
            "with download() giving back other names, main() printed "
            f"{answer.get('printed', [])[:2]!r} instead of {expected!r}: print the list the "
            "downloads returned, in the order a, b, c")
    v.check("the downloads overlap", seen.most_at_once("download") >= 3,
            f"at most {seen.most_at_once('download')} download(s) ran at the same time; start all three "
            "before waiting for any")
