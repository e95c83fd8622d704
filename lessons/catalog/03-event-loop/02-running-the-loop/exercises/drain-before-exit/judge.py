# The verdict on main(), made where the learner's code never runs: every line the writer
# writes is stamped by the judge, with a stamp drawn for this run.
import random

STAMP = random.randint(100, 999)
SERVES = {"write": lambda line: f"{line} #{STAMP}"}


def verdict(seen, v):
    writes = seen.calls_of("write")
    answer = seen.answer("main()")
    expected = [f"line {i} #{STAMP}" for i in range(5)]
    got = answer.get("value", answer.get("error"))
    v.check("main returns once the writer has written every line", got == expected,
            f"main() returned {got!r} after the writer had written {len(writes)} line(s); "
            "it must return the five lines the writer wrote, once the queue is drained")
