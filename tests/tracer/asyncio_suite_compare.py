#!/usr/bin/env python3
"""Runs CPython's own asyncio tests plain and under the tracer with the same interpreter and
compares the counts (ran / failures / errors / skipped). The tracer must not change asyncio's
behaviour, so the counts must be equal.

    python3 asyncio_suite_compare.py [PYTHON]   (default: the interpreter running this script)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TRACER = os.path.join(os.path.dirname(os.path.dirname(HERE)), "resources", "tracer",
                      "loopscope_tracer", "__main__.py")
MODULES = ["test.test_asyncio.test_locks", "test.test_asyncio.test_queues",
           "test.test_asyncio.test_timeouts", "test.test_asyncio.test_taskgroups",
           "test.test_asyncio.test_tasks", "test.test_asyncio.test_events"]


def counts(stderr: str) -> dict[str, int]:
    ran = re.findall(r"^Ran (\d+) tests?", stderr, re.M)
    result: dict[str, int] = {"ran": int(ran[-1]) if ran else -1}
    tail = stderr[stderr.rfind("\nRan "):]
    for key in ("failures", "errors", "skipped", "expected failures", "unexpected successes"):
        m = re.search(rf"{key}=(\d+)", tail)
        result[key] = int(m.group(1)) if m else 0
    return result


def run(python: str, traced: bool) -> tuple[dict[str, int], str]:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [python]
        if traced:
            cmd += [TRACER, "--trace-file", os.path.join(tmp, "suite.trace")]
        cmd += ["-m", "unittest", *available(python)]
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp, timeout=1500,
                           env=dict(os.environ, PYTHONUNBUFFERED="1"))
        return counts(p.stderr), p.stderr


def available(python: str) -> list[str]:
    code = ("import importlib.util, sys\n"
            "for m in sys.argv[1:]:\n"
            "    try:\n"
            "        if importlib.util.find_spec(m): print(m)\n"
            "    except ImportError: pass\n")
    out = subprocess.run([python, "-c", code, *MODULES], capture_output=True, text=True).stdout
    return out.split()


def main() -> int:
    python = sys.argv[1] if len(sys.argv) > 1 else sys.executable
    if not available(python):
        print(f"{python}: no CPython test package; skipped")
        return 77  # CTest SKIP_RETURN_CODE
    plain, _ = run(python, False)
    traced, traced_err = run(python, True)
    print(f"{python}\n  plain : {plain}\n  traced: {traced}")
    if plain != traced or plain["ran"] <= 0:
        problems = [line for line in traced_err.splitlines()
                    if line.startswith(("FAIL:", "ERROR:"))]
        print("MISMATCH\n" + "\n".join(problems[:50]))
        return 1
    print("same counts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
