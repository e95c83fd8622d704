#!/usr/bin/env python3
"""Tracer overhead benchmark (prints figures; not a pass/fail test).

Runs a task-switch-heavy asyncio workload (thousands of tasks doing sleep(0), bounded
queues and a contended lock) with each interpreter, plain and under the tracer with full
detail, and prints plain seconds, traced seconds and the ratio. The workload times itself
from inside (process start-up and the tracer's start-up are excluded).

- "pipe": the tracer writes its trace into a pipe that this script drains.
- "host": the product path, `LOOPSCOPE_PYTHON=PY loopscope trace workload.py` (the real host
  decoding the stream); needs the built host (--loopscope PATH, default build-run/loopscope)
  and uses this checkout's tracer (LOOPSCOPE_TRACER_DIR).

    python3 tests/bench/tracer_overhead.py [--tasks N] [--rounds R] [--repeat K]
        [--clock cpu|wall] [--loopscope PATH | --no-host] [--instructions] [PYTHON...]

CPU time on a shared 2-core machine moves by 10-50% between runs, so the runs are
interleaved and the best of each is taken. `--instructions` counts instructions instead
(valgrind; exact run to run, but blind to the cost of branch mispredictions and cache
misses, which make the CPU-time ratio higher).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TRACER = os.path.join(ROOT, "resources", "tracer", "loopscope_tracer", "__main__.py")
DEFAULT_PYTHONS = ["/usr/bin/python3", "/root/.pyenv/versions/3.11.7/bin/python3",
                   "/root/.pyenv/versions/3.12.1/bin/python3",
                   "/root/.pyenv/versions/3.13.0/bin/python3"]

WORKLOAD = r'''
import asyncio, os, sys, time

TASKS, ROUNDS = int(sys.argv[1]), int(sys.argv[2])

async def producer(q, lock, counter):
    for i in range(ROUNDS):
        await asyncio.sleep(0)
        async with lock:
            counter[0] += 1
            if i % 3 == 0:
                await asyncio.sleep(0)   # hold the lock across a switch: others queue up
        await q.put(i)

async def consumer(q, total):
    for _ in range(total):
        await q.get()
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=64)
    lock = asyncio.Lock()
    counter = [0]
    cons = asyncio.create_task(consumer(q, TASKS * ROUNDS))
    await asyncio.gather(*(producer(q, lock, counter) for _ in range(TASKS)))
    await cons
    assert counter[0] == TASKS * ROUNDS

clock = time.process_time if os.environ.get("LS_BENCH_CLOCK", "cpu") == "cpu" else time.perf_counter
t0 = clock()  # CPU time by default: the machine may be shared
asyncio.run(main())
os.write(1, f"{clock() - t0:.6f}\n".encode())
'''


def run(cmd: list[str], traced: bool) -> float:
    if not traced:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        return float(out.strip().splitlines()[-1])
    r, w = os.pipe()
    total = [0]

    def drain() -> None:
        while True:
            chunk = os.read(r, 1 << 20)
            if not chunk:
                break
            total[0] += len(chunk)

    t = threading.Thread(target=drain)
    t.start()
    # The host puts the trace pipe on fd 3 of the child.
    proc = subprocess.run(cmd[:1] + [TRACER, "--trace-fd", "3"] + cmd[1:], check=True,
                          capture_output=True, text=True, pass_fds=(w, 3),
                          preexec_fn=lambda: os.dup2(w, 3))
    os.close(w)
    t.join()
    os.close(r)
    run.last_trace_bytes = total[0]  # type: ignore[attr-defined]
    return float(proc.stdout.strip().splitlines()[-1])


def instructions(cmd: list[str], traced: bool) -> int:
    """Instructions executed (valgrind's cachegrind), all threads; exact run to run."""
    full = cmd[:1] + [TRACER, "--trace-fd", "3"] + cmd[1:] if traced else cmd
    with open(os.devnull, "wb") as null:
        proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                               "--cachegrind-out-file=/dev/null", *full], check=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              pass_fds=(3,) if traced else (),
                              preexec_fn=(lambda: os.dup2(null.fileno(), 3)) if traced else None)
    line = next(l for l in proc.stderr.splitlines() if "I   refs" in l or "I refs" in l)
    return int(line.split()[-1].replace(",", ""))


def instruction_ratios(pythons: list[str], script: str, tasks: int, rounds: int) -> None:
    """Traced / plain instructions for the workload, each minus a 1-task 1-round run so that
    interpreter and tracer start-up cancel out."""
    print(f"instructions (cachegrind), {tasks} tasks x {rounds} rounds minus 1 x 1:")
    print(f"{'python':42} {'plain M':>9} {'traced M':>9} {'ratio':>6}")
    for py in pythons:
        big, small = [py, script, str(tasks), str(rounds)], [py, script, "1", "1"]
        plain = instructions(big, False) - instructions(small, False)
        traced = instructions(big, True) - instructions(small, True)
        print(f"{py:42} {plain / 1e6:9.0f} {traced / 1e6:9.0f} {traced / plain:6.3f}", flush=True)


def run_host(loopscope: str, cmd: list[str]) -> float:
    # The interpreter goes through LOOPSCOPE_PYTHON (tried first), not --python.
    env = dict(os.environ, LOOPSCOPE_TRACER_DIR=os.path.join(ROOT, "resources", "tracer"),
               LOOPSCOPE_PYTHON=cmd[0])
    proc = subprocess.run([loopscope, "trace", *cmd[1:]], check=True,
                          capture_output=True, text=True, env=env)
    return float(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=5, help="best of K interleaved runs each")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="time the workload by its process CPU time (default) or wall time")
    ap.add_argument("--loopscope", default=os.path.join(ROOT, "build-run", "loopscope"))
    ap.add_argument("--no-host", action="store_true", help="skip the `loopscope trace` path")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions under valgrind instead of timing (deterministic; "
                         "use --tasks 500)")
    ap.add_argument("pythons", nargs="*")
    a = ap.parse_args()
    os.environ["LS_BENCH_CLOCK"] = a.clock
    host = None if a.no_host or not os.access(a.loopscope, os.X_OK) else a.loopscope
    pythons = [p for p in (a.pythons or DEFAULT_PYTHONS) if shutil.which(p)]
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "workload.py")
        with open(script, "w") as f:
            f.write(WORKLOAD)
        if a.instructions:
            instruction_ratios(pythons, script, a.tasks, a.rounds)
            return
        print(f"workload: {a.tasks} tasks x {a.rounds} rounds (sleep(0), Lock, Queue(64)); "
              f"{a.clock} s timed inside the workload; best of {a.repeat}; "
              f"load average {os.getloadavg()[0]:.2f}")
        print(f"{'python':42} {'plain s':>9} {'pipe s':>9} {'ratio':>6} {'host s':>9} {'ratio':>6} "
              f"{'trace MB':>9}")
        for py in pythons:
            cmd = [py, script, str(a.tasks), str(a.rounds)]
            # Interleaved (plain, traced, host) rounds, best of each: on a shared machine the
            # speed drifts between runs, and interleaving exposes every variant to the same
            # drift.
            plains, traceds, hosteds = [], [], []
            for _ in range(a.repeat):
                plains.append(run(cmd, False))
                traceds.append(run(cmd, True))
                if host:
                    hosteds.append(run_host(host, cmd))
            plain, traced = min(plains), min(traceds)
            mb = getattr(run, "last_trace_bytes", 0) / 1e6
            if host:
                hosted = min(hosteds)
                host_cols = f"{hosted:9.3f} {hosted / plain:6.2f}"
            else:
                host_cols = f"{'-':>9} {'-':>6}"
            print(f"{py:42} {plain:9.3f} {traced:9.3f} {traced / plain:6.2f} {host_cols} {mb:9.2f}",
                  flush=True)
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
