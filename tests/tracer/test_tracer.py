"""Tracer tests on real runs: each test runs a small program under the tracer
(--trace-file) and checks the decoded records."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import unittest

import lsdecode
from tracerun import PYTHON, TRACER, plain, step_program, trace, trace_program, write_program

K = {name: i for i, name in enumerate(lsdecode.KINDS)}
W = {name: i for i, name in enumerate(lsdecode.WAKERS)}


def assert_clean(tc: unittest.TestCase, tr: lsdecode.Trace) -> None:
    tc.assertEqual((tr.garbage, tr.truncated, tr.undefined_ids), (0, 0, 0))


class TasksAndSteps(unittest.TestCase):
    def test_tasks_parents_names_steps(self) -> None:
        r = trace("""
            import asyncio
            async def child(n):
                await asyncio.sleep(0.01)
                return n
            async def main():
                t = asyncio.create_task(child(1), name="worker")
                await t
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        assert_clean(self, r.trace)
        hello = r.trace.one("HELLO")
        self.assertEqual(hello["version"], 1)
        main = r.trace.task_named("main")
        child = r.trace.task_named("child")
        self.assertEqual(main["parent"], 0)
        self.assertEqual(child["parent"], main["task"])
        # create_task(name=...) names the task after creating it: the final name is in TASK_END
        self.assertIn(child["name"], ("worker", "Task-2"))
        self.assertTrue(main["file"].endswith("prog.py"))
        self.assertEqual(main["line"], 9)
        self.assertEqual(child["line"], 7)
        steps = r.trace.steps(main["task"])
        self.assertEqual(steps[0]["kind"], K["task"])
        self.assertEqual(steps[0]["target"], child["task"])
        self.assertEqual(steps[0]["detail"], "worker")
        frames = r.trace.chain_frames(steps[0]["chain"])
        self.assertEqual(frames[0][1:], ("main", 8))
        self.assertEqual(steps[-1]["finished"], 1)
        csteps = r.trace.steps(child["task"])
        self.assertEqual(csteps[0]["kind"], K["sleep"])
        self.assertEqual(csteps[0]["detail"], "sleep(0.01)")
        for s in r.trace.of("STEP"):
            self.assertLessEqual(s["start"], s["end"])
        ends = {e["task"]: e for e in r.trace.of("TASK_END")}
        self.assertEqual(ends[child["task"]]["state"], 0)
        self.assertEqual(ends[child["task"]]["name"], "worker")
        # Only the program's tasks: not asyncio.run's shutdown tasks.
        self.assertEqual(len(r.trace.of("TASK_NEW")), 2)
        self.assertTrue(r.trace.of("LOOP_ITER"))
        self.assertEqual(r.trace.of("EXIT")[-1]["status"], 0)

    def test_wakers_timer_task_io_thread_callback(self) -> None:
        r = trace("""
            import asyncio, socket, threading
            async def sleeper():
                await asyncio.sleep(0.01)           # woken by a timer
            async def reader(sock):
                loop = asyncio.get_running_loop()
                return await loop.sock_recv(sock, 10)  # woken by I/O
            async def main():
                loop = asyncio.get_running_loop()
                await asyncio.create_task(sleeper())   # main woken by the sleeper task
                a, b = socket.socketpair()
                a.setblocking(False)
                t = asyncio.create_task(reader(a))
                await asyncio.sleep(0.01)
                b.send(b"hi")
                await t
                fut = loop.create_future()
                threading.Thread(target=lambda: loop.call_soon_threadsafe(fut.set_result, 1)).start()
                await fut                             # woken from a thread
                fut2 = loop.create_future()
                def on_time():
                    fut2.set_result(2)
                loop.call_later(0.01, on_time)
                await fut2                            # woken by a program callback
                a.close(); b.close()
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        assert_clean(self, r.trace)
        tr = r.trace
        main = tr.task_named("main")["task"]
        sleeper = tr.task_named("sleeper")["task"]
        reader = tr.task_named("reader")["task"]
        self.assertEqual(tr.wakes(sleeper)[0]["waker"], W["timer"])
        rw = tr.wakes(reader)
        self.assertEqual(rw[-1]["waker"], W["io"])
        rsteps = tr.steps(reader)
        self.assertEqual(rsteps[0]["kind"], K["io"])
        self.assertRegex(rsteps[0]["detail"], r"^sock_recv fd \d+$")
        mw = tr.wakes(main)
        self.assertEqual(mw[0]["waker"], W["task"])
        self.assertEqual(mw[0]["waker_task"], sleeper)
        kinds = [w["waker"] for w in mw]
        self.assertIn(W["thread"], kinds)
        cbw = [w for w in mw if w["waker"] == W["callback"]]
        self.assertEqual(cbw[0]["waker_name"], "main.<locals>.on_time")
        sched = tr.of("CB_SCHED")
        names = [(c["name"], c["how"]) for c in sched]
        self.assertIn(("main.<locals>.on_time", 1), names)
        self.assertIn(("Future.set_result", 3), names)

    def test_wait_kinds(self) -> None:
        r = trace("""
            import asyncio
            async def lock_user(lock):
                async with lock:
                    pass
            async def sem_user(sem):
                async with sem:
                    pass
            async def cond_user(cond):
                async with cond:
                    await cond.wait()
            async def event_user(ev):
                await ev.wait()
            async def queue_user(q):
                await q.get()
            async def yielder():
                await asyncio.sleep(0)
            async def timeout_user():
                try:
                    await asyncio.wait_for(asyncio.sleep(10), 0.01)
                except asyncio.TimeoutError:
                    pass
            async def executor_user():
                await asyncio.get_running_loop().run_in_executor(None, sum, [1, 2])
            async def future_user(f):
                await f
            async def main():
                lock, sem, cond = asyncio.Lock(), asyncio.Semaphore(1), asyncio.Condition()
                ev, q = asyncio.Event(), asyncio.Queue()
                f = asyncio.get_running_loop().create_future()
                await lock.acquire(); await sem.acquire()
                ts = [asyncio.create_task(c) for c in (lock_user(lock), sem_user(sem),
                      cond_user(cond), event_user(ev), queue_user(q), yielder(), timeout_user(),
                      executor_user(), future_user(f))]
                await asyncio.sleep(0.02)
                lock.release(); sem.release(); ev.set(); q.put_nowait(1); f.set_result(1)
                async with cond:
                    cond.notify_all()
                await asyncio.gather(*ts)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        assert_clean(self, r.trace)
        tr = r.trace
        expect = {"lock_user": ("lock", "Lock.acquire"), "sem_user": ("semaphore", "Semaphore.acquire"),
                  "cond_user": ("condition", "Condition.wait"), "event_user": ("event", "Event.wait"),
                  "queue_user": ("queue", "Queue.get"), "yielder": ("sleep", "sleep(0)"),
                  "timeout_user": ("timeout", "wait_for"),
                  "executor_user": ("executor", "run_in_executor(sum)"),
                  "future_user": ("future", "future")}
        for coro, (kind, detail) in expect.items():
            first = tr.steps(tr.task_named(coro)["task"])[0]
            self.assertEqual((lsdecode.KINDS[first["kind"]], first["detail"]), (kind, detail), coro)
        main_steps = tr.steps(tr.task_named("main")["task"])
        self.assertIn(("gather", "gather(9)"),
                      [(lsdecode.KINDS[s["kind"]], s["detail"]) for s in main_steps])

    def test_gather_taskgroup_cancellation_failure(self) -> None:
        r = trace("""
            import asyncio
            async def ok():
                await asyncio.sleep(0.01)
            async def bad():
                raise ValueError("nope")
            async def forever():
                await asyncio.sleep(100)
            async def main():
                await asyncio.gather(ok(), ok())
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(ok())
                    tg.create_task(ok())
                t = asyncio.create_task(forever())
                await asyncio.sleep(0)
                t.cancel()
                try:
                    await t
                except asyncio.CancelledError:
                    pass
                b = asyncio.create_task(bad())
                try:
                    await b
                except ValueError:
                    pass
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        tr = r.trace
        main = tr.task_named("main")["task"]
        kinds = [(lsdecode.KINDS[s["kind"]], s["detail"]) for s in tr.steps(main) if not s["finished"]]
        self.assertIn(("gather", "gather(2)"), kinds)
        self.assertIn(("gather", "TaskGroup"), kinds)
        oks = [t for t in tr.of("TASK_NEW") if t["coro"] == "ok"]
        self.assertEqual(len(oks), 4)
        self.assertTrue(all(t["parent"] == main for t in oks))
        ends = {e["task"]: e for e in tr.of("TASK_END")}
        self.assertEqual(ends[tr.task_named("forever")["task"]]["state"], 1)
        badend = ends[tr.task_named("bad")["task"]]
        self.assertEqual(badend["state"], 2)
        self.assertEqual(badend["exception"], "ValueError: nope")
        # gather's parent is woken by the last child to finish (through gather's callback)
        gw = [w for w in tr.wakes(main) if w["waker"] == W["task"]]
        self.assertTrue(gw and all(w["waker_task"] in {t["task"] for t in tr.of("TASK_NEW")} for w in gw))

    def test_eager_task_factory(self) -> None:
        if sys.version_info < (3, 12):
            self.skipTest("eager_task_factory is 3.12+")
        r = trace("""
            import asyncio
            async def quick(n):
                n += 1
                return n
            async def slow(name):
                name = "changed"
                await asyncio.sleep(0.01)
            async def hop(i):
                i = -1
                await asyncio.sleep(0)
            async def main():
                asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
                await asyncio.create_task(quick(1))
                await asyncio.create_task(slow("s"))
                await asyncio.create_task(hop(7))
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        tr = r.trace
        quick = tr.task_named("quick")["task"]
        slow = tr.task_named("slow")["task"]
        self.assertEqual(tr.steps(quick)[0]["finished"], 1)
        self.assertEqual(tr.steps(slow)[0]["kind"], K["sleep"])
        self.assertEqual(len(tr.steps(slow)), 2)
        # The call as made, though the first step ran (and changed the locals) inside
        # create_task.
        self.assertEqual([tr.task_named(c)["call"] for c in ("quick", "slow", "hop")],
                         ["quick(1)", "slow('s')", "hop(7)"])


class CallText(unittest.TestCase):
    """TASK_NEW's call text: which download a task is, without running the program's code."""

    def test_calls_with_their_arguments(self) -> None:
        r = trace("""
            import asyncio
            async def download(url, retries=3, *, timeout=None):
                await asyncio.sleep(0)
            class Shop:
                async def serve(self, *orders, **extra):
                    await asyncio.sleep(0)
            def make():
                async def job(data):
                    await asyncio.sleep(0)
                return job
            async def main():
                await asyncio.gather(
                    download("a.zip"), download("b.zip", 5, timeout=1.5),
                    Shop().serve(1, 2, 3, 4, 5, vip=True), make()([1, 2, (3, 4), 5]),
                    download("x" * 200), download(b"\\x00\\x01", {"k": None}))
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        calls = [t["call"] for t in r.trace.of("TASK_NEW")]
        self.assertEqual(calls, [
            "main()", "download('a.zip', 3, timeout=None)", "download('b.zip', 5, timeout=1.5)",
            "Shop.serve(1, 2, 3, …, vip=True)", "job([1, 2, (…), …])",
            "download('xxxxxxxxxxxxxxxxxxxxxxxx…', 3, timeout=None)",
            "download(b'\\x00\\x01', {'k': None}, timeout=None)"])
        for t in r.trace.of("TASK_NEW"):
            self.assertEqual(t["coro_file"], r.program)
        self.assertLessEqual(max(len(c) for c in calls), 80)

    def test_hostile_objects_are_never_asked(self) -> None:
        # Every hook a repr could reach records that it ran; the program checks none did.
        r = trace("""
            import asyncio
            called = []
            class Meta(type):
                def __eq__(cls, other): called.append("Meta.__eq__"); return False
                def __hash__(cls): called.append("Meta.__hash__"); return 1
                @property
                def __name__(cls): called.append("Meta.__name__"); return "Fake"
            class Hostile(metaclass=Meta):
                def __repr__(self): called.append("__repr__"); return "H"
                def __str__(self): called.append("__str__"); return "H"
                def __format__(self, spec): called.append("__format__"); return "H"
                def __len__(self): called.append("__len__"); return 0
                def __iter__(self): called.append("__iter__"); return iter(())
                def __getattribute__(self, name):
                    called.append("__getattribute__ " + name)
                    return object.__getattribute__(self, name)
            class Text(str):
                def __repr__(self): called.append("Text.__repr__"); return "T"
            class Items(list):
                def __repr__(self): called.append("Items.__repr__"); return "I"
                def __iter__(self): called.append("Items.__iter__"); return iter(())
            class Big(int):
                def __repr__(self): called.append("Big.__repr__"); return "B"
            async def handle(a, b, c, d, e):
                await asyncio.sleep(0)
            async def inner(a):
                await asyncio.sleep(0)
            async def main():
                h = Hostile()
                await asyncio.create_task(handle(h, Text("t"), Items([1]), Big(7), [h, {h: h}]))
                await asyncio.create_task(inner([h, {h: h}]))
                print(called)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "[]")
        self.assertEqual(r.trace.task_named("handle")["call"],
                         "handle(<Hostile>, <Text>, <Items>, <Big>, …)")
        self.assertIn("[<Hostile>, {…}]", r.trace.task_named("inner")["call"])

    def test_not_a_python_coroutine_has_no_call_text(self) -> None:
        r = trace("""
            import asyncio, types
            class Awaitable:
                def __await__(self):
                    yield from asyncio.sleep(0).__await__()
                    return 1
            async def main():
                async def inner(x):
                    return await Awaitable()
                await asyncio.create_task(inner(1))
                await asyncio.ensure_future(Awaitable())
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual([t["call"] for t in r.trace.of("TASK_NEW")][:2], ["main()", "inner(1)"])


class CallbacksAndJobs(unittest.TestCase):
    def test_program_callbacks_only(self) -> None:
        r = trace("""
            import asyncio
            def tick(n):
                print("tick", n)
            async def main():
                loop = asyncio.get_running_loop()
                loop.call_soon(tick, 1)
                loop.call_later(0.01, tick, 2)
                loop.call_at(loop.time() + 0.02, tick, 3)
                await asyncio.sleep(0.03)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        sched = r.trace.of("CB_SCHED")
        self.assertEqual([(c["name"], c["how"]) for c in sched], [("tick", 0), ("tick", 1), ("tick", 2)])
        runs = r.trace.of("CB_RUN")
        self.assertEqual(sorted(c["cb"] for c in runs), sorted(c["cb"] for c in sched))
        ticks = [o for o in r.trace.output(1) if o["text"].startswith("tick")]
        self.assertEqual([o["task"] for o in ticks], [0, 0, 0])

    def test_executor_jobs_with_submitter(self) -> None:
        r = trace("""
            import asyncio, functools, time
            def work(x, y=0):
                time.sleep(0.01)
                return x + y
            def boom():
                raise RuntimeError("x")
            async def main():
                loop = asyncio.get_running_loop()
                await loop.run_in_executor(None, functools.partial(work, 1, y=2))
                await asyncio.to_thread(work, 3)
                try:
                    await asyncio.to_thread(boom)
                except RuntimeError:
                    pass
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        tr = r.trace
        main = tr.task_named("main")["task"]
        starts = tr.of("JOB_START")
        self.assertEqual([s["function"] for s in starts], ["work", "work", "boom"])
        self.assertTrue(all(s["task"] == main for s in starts))
        self.assertTrue(all(s["thread_name"].startswith("asyncio") for s in starts))
        ends = {e["job"]: e["failed"] for e in tr.of("JOB_END")}
        self.assertEqual([ends[s["job"]] for s in starts], [0, 0, 1])
        details = [s["detail"] for s in tr.steps(main) if s["kind"] == K["executor"]]
        self.assertEqual(details, ["run_in_executor(work)", "to_thread(work)", "to_thread(boom)"])
        self.assertIn(W["thread"], [w["waker"] for w in tr.wakes(main)])


class Output(unittest.TestCase):
    def test_output_attribution_and_passthrough(self) -> None:
        r = trace("""
            import asyncio, sys, os
            async def talker():
                print("from task")
                sys.stderr.write("err line\\npartial")
                sys.stderr.write(" end\\n")
            async def main():
                await asyncio.create_task(talker())
            print("before")
            assert sys.stdout.fileno() == 1 and hasattr(sys.stdout, "buffer")
            sys.stdout.buffer.write(b"")
            asyncio.run(main())
            print("x" * 20000)
            print("\u00e9" * 70000)
            print("no newline", end="")
        """)
        self.assertEqual(r.status, 0, r.stderr)
        tr = r.trace
        talker = tr.task_named("talker")["task"]
        out = [(o["stream"], o["task"], o["text"][:20], o["flags"]) for o in tr.output()]
        self.assertIn((1, 0, "before", 0), out)
        self.assertIn((1, talker, "from task", 0), out)
        self.assertIn((2, talker, "err line", 0), out)
        self.assertIn((2, talker, "partial end", 0), out)
        self.assertIn((1, 0, "no newline", 8), out)  # the last write ended no line
        long = [o for o in tr.output() if o["text"].startswith("xxx")][0]
        self.assertEqual((long["flags"], len(long["text"])), (0, 20000))
        # Longer than a record holds (60,000 bytes): pieces, cut between characters, that
        # say they go on (2) and that they continue the line (4), the whole line in order.
        pieces = [o for o in tr.output() if o["text"].startswith("\u00e9")]
        self.assertEqual([o["flags"] for o in pieces], [2, 2 | 4, 4])
        self.assertTrue(all(len(o["text"].encode()) <= 60000 for o in pieces))
        self.assertEqual("".join(o["text"] for o in pieces), "\u00e9" * 70000)
        # --trace-file runs tee the lines to the real streams as well
        self.assertIn("from task", r.stdout)

    def test_output_goes_to_trace_only_with_trace_fd(self) -> None:
        path = write_program("print('hello')\nimport os\nos.write(1, b'raw\\n')\n")
        rfd, wfd = os.pipe()
        p = subprocess.run([PYTHON, TRACER, "--trace-fd", "3", path], capture_output=True,
                           text=True, pass_fds=(wfd, 3), preexec_fn=lambda: os.dup2(wfd, 3),
                           timeout=60)
        os.close(wfd)
        data = b""
        while chunk := os.read(rfd, 65536):
            data += chunk
        os.close(rfd)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, "raw\n")
        tr = lsdecode.decode(data)
        self.assertEqual([o["text"] for o in tr.output()], ["hello"])


class Warnings(unittest.TestCase):
    def test_never_awaited_destroyed_pending_never_retrieved(self) -> None:
        r = trace("""
            import asyncio, gc
            async def coro():
                pass
            async def forever():
                await asyncio.Event().wait()
            async def fails():
                raise KeyError("k")
            async def main():
                coro()
                t = asyncio.create_task(forever())
                await asyncio.sleep(0)
                del t
                f = asyncio.create_task(fails())
                await asyncio.sleep(0)
                del f
                gc.collect()
                await asyncio.sleep(0)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        warns = {w["kind"]: w for w in r.trace.of("WARNING")}
        self.assertIn(0, warns, warns)
        self.assertEqual(warns[0]["line"], 10)
        self.assertIn("'coro' was never awaited", warns[0]["message"])
        self.assertIn(1, warns)
        self.assertEqual(warns[1]["line"], 6)
        self.assertIn(2, warns)
        self.assertEqual(warns[2]["line"], 8)
        # The normal stderr messages are unchanged.
        self.assertIn("RuntimeWarning: coroutine 'coro' was never awaited", r.stderr)
        self.assertNotIn("Coroutine created at", r.stderr)
        self.assertIn("Task was destroyed but it is pending!", r.stderr)
        self.assertIn("Task exception was never retrieved", r.stderr)

    def test_blocked_loop_names_the_line(self) -> None:
        r = trace("""
            import asyncio, time
            def busy():
                time.sleep(0.3)
            async def main():
                await asyncio.sleep(0)
                busy()
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        b = r.trace.one("BLOCKED")
        self.assertEqual((b["function"], b["line"]), ("busy", 4))
        self.assertEqual(b["task"], r.trace.task_named("main")["task"])
        step = [s for s in r.trace.of("STEP") if s["start"] == b["start"]][0]
        self.assertGreaterEqual(step["end"] - step["start"], 250_000_000)

    def test_blocked_record_survives_kill(self) -> None:
        path = write_program("""
            import asyncio, time
            async def main():
                while True:
                    time.sleep(0.05)
            asyncio.run(main())
        """)
        trace_path = path + ".trace"
        p = subprocess.Popen([PYTHON, TRACER, "--trace-file", trace_path, path],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Killed once the BLOCKED record is in the file (start-up alone can take over a second
        # on a loaded machine), then the file must still decode cleanly.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if os.path.exists(trace_path):
                with open(trace_path, "rb") as f:
                    data = f.read()
                if data.startswith(b"LSTRACE1") and lsdecode.decode(data).of("BLOCKED"):
                    break
        p.send_signal(signal.SIGKILL)
        p.wait()
        with open(trace_path, "rb") as f:
            tr = lsdecode.decode(f.read())
        self.assertEqual((tr.garbage, tr.undefined_ids), (0, 0))
        b = tr.one("BLOCKED")
        self.assertEqual(b["line"], 5)
        self.assertFalse(tr.of("EXIT"))


class LiveSteps(unittest.TestCase):
    """STEP_RUNNING: the host hears of a long step while it runs, with the line it is on."""

    def test_long_task_step_is_reported_while_it_runs(self) -> None:
        r = trace("""
            import asyncio, time
            async def main():
                await asyncio.sleep(0)
                time.sleep(0.5)
                time.sleep(0.5)
                await asyncio.sleep(0)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        assert_clean(self, r.trace)
        main = r.trace.task_named("main")["task"]
        step = next(s for s in r.trace.steps(main) if s["end"] - s["start"] > 900_000_000)
        kinds = [x["type"] for x in r.trace.records if x.get("start") == step["start"]]
        # Told early, blocked at the threshold, refreshed while it runs, then the step itself.
        self.assertEqual(kinds[0], "STEP_RUNNING")
        self.assertEqual(kinds[-1], "STEP")
        self.assertIn("BLOCKED", kinds)
        running = r.trace.of("STEP_RUNNING")
        self.assertGreaterEqual(len(running), 3, running)
        for x in running:
            self.assertEqual((x["start"], x["task"], x["cb"], x["function"]),
                             (step["start"], main, 0, "main"))
            self.assertEqual(x["file"], r.program)
            self.assertGreaterEqual(x["t"] - x["start"], 40_000_000)
            self.assertLess(x["t"], step["end"])
        self.assertEqual([x["t"] for x in running], sorted(x["t"] for x in running))
        # The line it is on, as it moves from one sleep to the next.
        self.assertEqual(running[0]["line"], 5)
        self.assertEqual(running[-1]["line"], 6)

    def test_long_callback_is_reported_with_its_id(self) -> None:
        r = trace("""
            import asyncio, time
            def slow():
                time.sleep(0.3)
            async def main():
                asyncio.get_running_loop().call_soon(slow)
                await asyncio.sleep(0.5)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        cb = r.trace.one("CB_SCHED")
        run = r.trace.one("CB_RUN")
        running = r.trace.of("STEP_RUNNING")
        self.assertTrue(running)
        for x in running:
            self.assertEqual((x["start"], x["task"], x["cb"], x["function"], x["line"]),
                             (run["start"], 0, cb["cb"], "slow", 4))


class ProgramLikePython(unittest.TestCase):
    PROBE = """
        import sys, os
        g = sorted((k, type(v).__name__) for k, v in globals().items() if k != "__builtins__")
        print(repr((sys.argv, sys.path[0], __file__, __name__, g, getattr(__spec__, "name", None))))
    """

    def test_script_equivalence(self) -> None:
        path = write_program(self.PROBE)
        p = plain(path, "a", "--b")
        r = trace_program(path, "a", "--b")
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout, p.stdout)

    def test_module_equivalence(self) -> None:
        path = write_program(self.PROBE, "probe_mod.py")
        p = plain(path, "x", module="probe_mod")
        r = trace_program(path, "x", module="probe_mod")
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout, p.stdout)

    def test_exit_codes_and_uncaught_exception(self) -> None:
        for src, status in (("import sys; sys.exit(3)", 3), ("import sys; sys.exit('bye')", 1),
                            ("pass", 0)):
            path = write_program(src)
            self.assertEqual(trace_program(path).status, status, src)
            self.assertEqual(plain(path).returncode, status)
        path = write_program("""
            import asyncio
            async def main():
                await asyncio.sleep(0)
                raise ValueError("boom")
            asyncio.run(main())
        """)
        p = plain(path)
        r = trace_program(path)
        self.assertEqual(r.status, 1)
        self.assertEqual(r.stderr, p.stderr)
        e = r.trace.one("ERROR")
        self.assertEqual((e["exc_type"], e["message"], e["line"]), ("ValueError", "boom", 5))
        self.assertEqual(r.trace.of("EXIT")[-1]["status"], 1)
        self.assertEqual(r.trace.task_named("main")["task"],
                         [t["task"] for t in r.trace.of("TASK_END") if t["state"] == 2][0])

    def test_module_traceback_like_python(self) -> None:
        path = write_program("def f():\n    raise KeyError(1)\nf()\n", "failing_mod.py")
        p = plain(path, module="failing_mod")
        r = trace_program(path, module="failing_mod")
        self.assertEqual(r.status, 1)
        self.assertEqual(r.stderr, p.stderr)

    def test_syntax_error(self) -> None:
        path = write_program("x = 1\ndef (:\n")
        p = plain(path)
        r = trace_program(path)
        self.assertEqual(r.status, 1)
        self.assertEqual(r.stderr, p.stderr)
        e = r.trace.one("ERROR")
        self.assertEqual((e["exc_type"], e["line"]), ("SyntaxError", 2))

    def test_missing_file(self) -> None:
        path = os.path.join(os.path.dirname(write_program("")), "nope.py")
        p = plain(path)
        r = trace_program(path)
        self.assertEqual(r.status, 2)
        self.assertEqual(r.stderr, p.stderr)
        self.assertEqual(r.trace.of("EXIT")[-1]["status"], 2)

    def test_trace_fd_not_inherited(self) -> None:
        r = trace("""
            import subprocess, sys
            out = subprocess.run([sys.executable, "-c",
                "import os\\nfor fd in range(3, 300):\\n    try:\\n        os.fstat(fd); print(fd)\\n    except OSError: pass"],
                capture_output=True, text=True, close_fds=False).stdout.split()
            print("open:", out)
        """)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertIn("open: []", r.stdout)

    def test_os_exit_leaves_decodable_prefix(self) -> None:
        r = trace("""
            import asyncio, os
            async def main():
                print("about to exit")
                await asyncio.sleep(0)
                os._exit(7)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 7)
        assert_clean(self, r.trace)
        self.assertTrue(r.trace.of("STEP"))
        self.assertFalse(r.trace.of("EXIT"))


class VirtualClock(unittest.TestCase):
    def test_sleep_60_is_fast_and_reported_as_60s(self) -> None:
        t0 = time.monotonic()
        r = trace("""
            import asyncio, time
            async def main():
                loop = asyncio.get_running_loop()
                a = loop.time()
                await asyncio.sleep(60)
                await asyncio.wait_for(asyncio.sleep(0.001), 1)
                print(round(loop.time() - a))
            asyncio.run(main())
        """, options=("--virtual-clock",))
        elapsed = time.monotonic() - t0
        self.assertEqual(r.status, 0, r.stderr)
        self.assertLess(elapsed, 10)
        self.assertEqual(r.stdout.strip(), "60")
        self.assertEqual(r.trace.one("HELLO")["clock"], 1)
        main = r.trace.task_named("main")["task"]
        steps = r.trace.steps(main)
        # The timer was set when sleep(60) was called, a few microseconds before the step
        # ended, so the gap between the steps is 60 s less that tail (seen: 11 us short).
        self.assertGreaterEqual(steps[1]["start"] - steps[0]["end"], 59_999_000_000)
        self.assertLess(steps[1]["start"] - steps[0]["end"], 61_000_000_000)


class MultipleLoops(unittest.TestCase):
    def test_sequential_and_threaded_loops(self) -> None:
        r = trace("""
            import asyncio, threading
            async def work(n):
                await asyncio.sleep(0.001)
                return n
            asyncio.run(work(1))
            asyncio.run(work(2))
            t = threading.Thread(target=lambda: asyncio.run(work(3)))
            t.start(); t.join()
        """)
        self.assertEqual(r.status, 0, r.stderr)
        loops = {t["loop"] for t in r.trace.of("TASK_NEW")}
        self.assertEqual(len(loops), 3)
        self.assertEqual(len(r.trace.of("TASK_END")), 3)


class ReportedBugs(unittest.TestCase):
    """Regressions for the bugs lesson authors reported (one test per item)."""

    def test_call_later_callbacks_listed(self) -> None:  # item 1
        r = trace("""
            import asyncio
            def soon(): print("soon")
            def later(): print("later")
            async def main():
                loop = asyncio.get_running_loop()
                loop.call_soon(soon)
                loop.call_later(0.02, later)
                await asyncio.sleep(0.05)
            asyncio.run(main())
        """, options=("--virtual-clock",))
        self.assertEqual(r.status, 0, r.stderr)
        sched = {c["name"]: c for c in r.trace.of("CB_SCHED")}
        self.assertEqual(sched["later"]["how"], 1)
        self.assertIn(sched["later"]["cb"], [c["cb"] for c in r.trace.of("CB_RUN")])

    def test_output_beyond_flood_cap_reaches_real_stream(self) -> None:  # item 2
        path = write_program("for i in range(10):\n    print('line', i)\n")
        rfd, wfd = os.pipe()
        env = dict(os.environ, LOOPSCOPE_TRACER_MAX_LINES="4")
        p = subprocess.run([PYTHON, TRACER, "--trace-fd", "3", path], capture_output=True,
                           text=True, pass_fds=(wfd, 3), preexec_fn=lambda: os.dup2(wfd, 3),
                           timeout=60, env=env)
        os.close(wfd)
        data = b""
        while chunk := os.read(rfd, 65536):
            data += chunk
        os.close(rfd)
        self.assertEqual(p.returncode, 0, p.stderr)
        tr = lsdecode.decode(data)
        self.assertEqual([o["text"] for o in tr.output()], [f"line {i}" for i in range(4)])
        self.assertEqual(p.stdout, "".join(f"line {i}\n" for i in range(4, 10)))
        self.assertEqual(tr.one("DROPPED")["count"], 6)

    def test_process_pool_executor(self) -> None:  # item 3
        r = trace("""
            import asyncio
            from concurrent.futures import ProcessPoolExecutor
            def square(x):
                return x * x
            async def main():
                loop = asyncio.get_running_loop()
                with ProcessPoolExecutor(max_workers=2) as pool:
                    rs = await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(3)))
                print(rs)
            if __name__ == "__main__":
                asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "[0, 1, 4]")
        main = r.trace.task_named("main")["task"]
        starts = r.trace.of("JOB_START")
        self.assertEqual([s["function"] for s in starts], ["square"] * 3)
        self.assertTrue(all(s["task"] == main for s in starts))
        self.assertTrue(all("ProcessPoolExecutor" in s["thread_name"] for s in starts))
        self.assertEqual(sorted(e["job"] for e in r.trace.of("JOB_END")), sorted(s["job"] for s in starts))

    def test_loop_close_record(self) -> None:  # item 4
        r = trace("""
            import asyncio
            async def work():
                await asyncio.sleep(0)
            asyncio.run(work())
            loop = asyncio.new_event_loop()
            loop.run_until_complete(work())
            loop.close()
            loop.close()
        """)
        self.assertEqual(r.status, 0, r.stderr)
        closes = r.trace.of("LOOP_CLOSE")
        self.assertEqual([c["loop"] for c in closes], [1, 2])
        last_iter = max(i["end"] for i in r.trace.of("LOOP_ITER") if i["loop"] == 1)
        self.assertGreaterEqual(closes[0]["t"], last_iter)

    def test_builtin_and_stdlib_callbacks_scheduled_by_program(self) -> None:  # items 5, 11
        r = trace("""
            import asyncio, threading
            async def main():
                loop = asyncio.get_running_loop()
                fut = loop.create_future()
                loop.call_soon(fut.set_result, 1)
                await fut
                fut2 = loop.create_future()
                loop.call_later(0.01, fut2.set_result, 2)
                await fut2
                q = asyncio.Queue()
                threading.Thread(target=lambda: loop.call_soon_threadsafe(q.put_nowait, 3)).start()
                await q.get()
                await asyncio.gather(asyncio.sleep(0.01), asyncio.sleep(0))
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        names = [(c["name"], c["how"]) for c in r.trace.of("CB_SCHED")]
        self.assertEqual(names, [("Future.set_result", 0), ("Future.set_result", 1),
                                 ("Queue.put_nowait", 3)])

    def test_never_awaited_warning_text_like_python(self) -> None:  # items 6, 10
        src = """
            import asyncio
            async def fetch_data():
                return 1
            async def main():
                asyncio.sleep(1)
                result = fetch_data()
                print(type(result).__name__)
            asyncio.run(main())
        """
        r = trace(src)
        p = plain(r.program)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stderr, p.stderr)
        self.assertNotIn("loopscope_tracer", r.stderr)
        warns = [w for w in r.trace.of("WARNING") if w["kind"] == 0]
        self.assertEqual(sorted(w["line"] for w in warns), [6, 7])

    def test_never_awaited_creation_line_without_origin_tracking(self) -> None:
        # Origin tracking stays off (it costs a line-number computation per coroutine), as
        # the program sees; the creating line is found when the warning comes: the last
        # call of that name before the point where the coroutine was dropped (x = None), or
        # in the code of the task whose end dropped it (y).
        r = trace("""
            import asyncio, sys
            async def fetch():
                return 1
            async def main():
                x = fetch()
                print("depth", sys.get_coroutine_origin_tracking_depth())
                x = None
                y = fetch()
                print(type(y).__name__)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertIn("depth 0", [o["text"] for o in r.trace.output(1)])
        warns = [w for w in r.trace.of("WARNING") if w["kind"] == 0]
        self.assertEqual(sorted(w["line"] for w in warns), [6, 9])

    def test_debug_mode_origin_traceback_like_python(self) -> None:  # item 10
        r = trace("""
            import asyncio
            async def fetch(): pass
            async def helper():
                fetch()
            async def main():
                await helper()
            asyncio.run(main(), debug=True)
        """)
        p = plain(r.program)
        self.assertIn("Coroutine created at", r.stderr)
        self.assertNotIn("loopscope_tracer", r.stderr)
        self.assertEqual(r.stderr, p.stderr)

    @unittest.skipUnless(os.path.exists("/usr/lib/python3/dist-packages/anyio")
                         and PYTHON == "/usr/bin/python3", "Debian's anyio/aiosqlite")
    def test_anyio_and_aiosqlite_threads_are_jobs(self) -> None:  # item 7
        r = trace("""
            import anyio, anyio.to_thread, asyncio, aiosqlite, time
            def blocking(x):
                time.sleep(0.01)
                return x
            async def main():
                print(await anyio.to_thread.run_sync(blocking, 5))
                async with aiosqlite.connect(":memory:") as db:
                    await db.execute("create table t(x)")
                try:
                    await aiosqlite.connect("/nonexistent-dir/x.db")
                except Exception as e:
                    print(type(e).__name__, e)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        # the failed connect raises what it raises untraced
        self.assertIn("OperationalError", r.stdout)
        self.assertEqual(r.stdout, plain(r.program).stdout)
        main = r.trace.task_named("main")["task"]
        starts = r.trace.of("JOB_START")
        fns = [s["function"] for s in starts]
        self.assertEqual(fns[0], "blocking")
        self.assertIn("Connection.execute", fns)
        self.assertTrue(all(s["task"] == main for s in starts))
        self.assertEqual(starts[0]["thread_name"], "AnyIO worker thread")
        details = {s["detail"] for s in r.trace.steps(main) if s["kind"] == K["executor"]}
        self.assertIn("to_thread.run_sync(blocking)", details)
        self.assertIn("aiosqlite(Connection.execute)", details)
        self.assertEqual(len(r.trace.of("JOB_END")), len(starts))
        # opening the database (sqlite3.connect on the Connection's thread) is a job too: on
        # the executes' lane, before them; a failed open ends failed=1 on its own thread
        ends = {e["job"]: e["failed"] for e in r.trace.of("JOB_END")}
        self.assertEqual(fns[1:3], ["connect", "Connection.execute"])
        self.assertEqual(starts[1]["thread"], starts[2]["thread"])
        self.assertNotEqual(starts[1]["thread"], starts[0]["thread"])
        self.assertEqual(ends[starts[1]["job"]], 0)
        self.assertIn("aiosqlite(connect)", details)
        bad = starts[-1]
        self.assertEqual(bad["function"], "connect")
        self.assertNotIn(bad["thread"], (starts[0]["thread"], starts[1]["thread"]))
        self.assertEqual(ends[bad["job"]], 1)

    def test_thread_identity_not_reused(self) -> None:  # item 8
        r = trace("""
            import asyncio
            from concurrent.futures import ThreadPoolExecutor
            def work():
                return 1
            async def main():
                loop = asyncio.get_running_loop()
                for name in ("first", "second"):
                    with ThreadPoolExecutor(1, thread_name_prefix=name) as pool:
                        await loop.run_in_executor(pool, work)
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        starts = r.trace.of("JOB_START")
        self.assertEqual([s["thread_name"] for s in starts], ["first_0", "second_0"])
        self.assertNotEqual(starts[0]["thread"], starts[1]["thread"])

    def test_semaphore_inside_asynccontextmanager(self) -> None:  # item 9
        r = trace("""
            import asyncio
            from contextlib import asynccontextmanager
            sem = asyncio.Semaphore(1)
            @asynccontextmanager
            async def limited():
                async with sem:
                    yield
            async def job():
                async with limited():
                    await asyncio.sleep(0.01)
            async def main():
                await asyncio.gather(job(), job())
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        kinds = [s["kind"] for s in r.trace.of("STEP")]
        self.assertIn(K["semaphore"], kinds)
        sem_step = next(s for s in r.trace.of("STEP") if s["kind"] == K["semaphore"])
        funcs = [f[1] for f in r.trace.chain_frames(sem_step["chain"])]
        self.assertEqual(funcs[0], "job")
        self.assertIn("limited", funcs)
        self.assertEqual(funcs[-1], "Semaphore.acquire")

    def test_task_creation_cost(self) -> None:  # item 12
        # With arguments: the tracer writes them out as the call's text.
        src = """
            import asyncio, time
            async def w(i, name, opts):
                await asyncio.sleep(0)
            async def main():
                best = 1e9
                for _ in range(5):
                    t = time.perf_counter()
                    ts = [asyncio.create_task(w(i, "job", {"retry": 3})) for i in range(2000)]
                    best = min(best, time.perf_counter() - t)
                    await asyncio.gather(*ts)
                print(best)
            asyncio.run(main())
        """
        r = trace(src)
        self.assertEqual(r.status, 0, r.stderr)
        p = plain(r.program)
        traced, untraced = float(r.stdout), float(p.stdout)
        # Generous (shared machine): tracing adds a few microseconds per task, not 100.
        self.assertLess(traced, untraced * 6 + 0.05, (traced, untraced))

    def test_virtual_clock_fires_near_simultaneous_timers_together(self) -> None:  # item 13
        src = """
            import asyncio
            async def fail(n):
                await asyncio.sleep(1)
                raise ValueError(n)
            async def main():
                try:
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(fail(1))
                        tg.create_task(fail(2))
                except* ValueError as eg:
                    print(len(eg.exceptions))
            asyncio.run(main())
        """
        r = trace(src, options=("--virtual-clock",))
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "2")


GATHER3 = """
    import asyncio
    async def worker(n, lock, q):
        async with lock:
            await asyncio.sleep(0.01 * n)
        await q.put(n)
    async def main():
        lock = asyncio.Lock()
        q = asyncio.Queue()
        await asyncio.gather(*(worker(i, lock, q) for i in range(3)))
        print(q.qsize())
    asyncio.run(main())
"""


class ReplayRecords(unittest.TestCase):
    def test_timers_added_fired_cancelled_with_what_they_wake(self) -> None:
        r = trace("""
            import asyncio
            def ping():
                print("ping")
            async def main():
                loop = asyncio.get_running_loop()
                loop.call_later(0.01, ping)
                await asyncio.sleep(0.02)
                try:
                    await asyncio.wait_for(asyncio.sleep(10), 0.01)
                except asyncio.TimeoutError:
                    pass
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        assert_clean(self, r.trace)
        tr = r.trace
        main = tr.task_named("main")["task"]
        timers = tr.of("TIMER")
        added = {t["timer"]: t for t in timers if t["event"] == 0}
        ends = {t["timer"]: t["event"] for t in timers if t["event"] != 0}
        by_name = {t["name"]: t for t in added.values()}
        ping = by_name["ping"]
        self.assertEqual(ping["what"], 2)
        self.assertEqual(ping["cb"], tr.of("CB_SCHED")[0]["cb"])
        self.assertEqual(ends[ping["timer"]], 2)  # fired
        # The deadline is absolute: call_later fixed it before the hook wrote the record,
        # so the time left is at most the 10 ms asked for (less on a busy machine), and
        # the timer fires no earlier than it.
        left = (ping["deadline"] - ping["t"]) / 1e9
        self.assertTrue(0.0 < left <= 0.0101, left)
        fired = next(t for t in timers if t["timer"] == ping["timer"] and t["event"] == 2)
        self.assertGreaterEqual(fired["t"], ping["deadline"] - 1_000_000)
        s20 = by_name["sleep(0.02)"]
        self.assertEqual((s20["what"], s20["task"]), (1, main))
        self.assertEqual(ends[s20["timer"]], 2)
        s10 = by_name["sleep(10)"]
        self.assertEqual(ends[s10["timer"]], 1)  # cancelled by the timeout
        self.assertTrue(any(t["what"] == 0 for t in added.values()))  # wait_for's own timer

    def test_suspended_step_names_the_primitive_it_waits_on(self) -> None:
        r = trace(GATHER3)
        self.assertEqual(r.status, 0, r.stderr)
        assert_clean(self, r.trace)
        tr = r.trace
        objs = {o["object"]: o for o in tr.of("WAIT_OBJ")}
        self.assertEqual(len(objs), 1)
        (lock,) = objs.values()
        self.assertEqual(lock["kind"], K["lock"])
        self.assertRegex(lock["label"], r"^lock \(Lock@prog\.py:4\)$")
        waits = [s for s in tr.of("STEP") if s["kind"] == K["lock"] and not s["finished"]]
        self.assertEqual(len(waits), 2)
        self.assertTrue(all(s["object"] == lock["object"] for s in waits))
        # Defined before first use, once.
        first = tr.records.index(waits[0])
        self.assertLess(tr.records.index(tr.of("WAIT_OBJ")[0]), first)
        self.assertTrue(all(s["object"] == 0 for s in tr.of("STEP") if s["kind"] != K["lock"]))

    def test_same_line_waiting_on_different_things(self) -> None:
        # The tracer caches a wait by the position of the task's own frame; one line that
        # awaits a Lock, then a Semaphore (same __aenter__ helper), then an Event, then a
        # plain future must still be told apart, each with its own object.
        r = trace("""
            import asyncio
            async def worker(prims, lock, ev, fut):
                for p in prims:
                    await (p.acquire() if p is lock else ev.wait() if p is ev else fut if p is fut else p.__aenter__())
                    if p is lock:
                        p.release()
            async def main():
                lock, sem, ev = asyncio.Lock(), asyncio.Semaphore(0), asyncio.Event()
                fut = asyncio.get_running_loop().create_future()
                prims = [lock, sem, ev, fut, lock, sem]
                await lock.acquire()
                t = asyncio.create_task(worker(prims, lock, ev, fut))
                for p in prims:
                    for _ in range(3):
                        await asyncio.sleep(0)  # the worker waits on p
                    if p is lock:
                        lock.release()
                        for _ in range(3):
                            await asyncio.sleep(0)  # it takes the lock and gives it back
                        await lock.acquire()
                    elif p is sem:
                        sem.release()
                    elif p is ev:
                        ev.set()
                    else:
                        fut.set_result(1)
                await t
            asyncio.run(main())
        """)
        self.assertEqual(r.status, 0, r.stderr)
        tr = r.trace
        worker = tr.task_named("worker")["task"]
        waits = [(lsdecode.KINDS[s["kind"]], s["detail"], s["object"])
                 for s in tr.steps(worker) if not s["finished"]]
        objs = {o["object"]: lsdecode.KINDS[o["kind"]] for o in tr.of("WAIT_OBJ")}
        self.assertEqual([w[:2] for w in waits],
                         [("lock", "Lock.acquire"), ("semaphore", "Semaphore.acquire"),
                          ("event", "Event.wait"), ("future", "future"),
                          ("lock", "Lock.acquire"), ("semaphore", "Semaphore.acquire")])
        self.assertEqual([objs.get(w[2]) for w in waits],
                         ["lock", "semaphore", "event", None, "lock", "semaphore"])
        self.assertEqual(waits[0][2], waits[4][2])
        self.assertEqual(waits[1][2], waits[5][2])


class StepMode(unittest.TestCase):
    def test_step_pauses_before_each_step_with_a_live_snapshot(self) -> None:
        r = step_program(GATHER3, ["step"] * 7 + ["continue"])
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "3")
        assert_clean(self, r.trace)
        self.assertEqual(r.trace.one("HELLO")["flags"] & 1, 1)
        ps = lsdecode.pauses(r.trace)
        self.assertEqual(len(ps), 8)
        self.assertEqual([p["name"] for p in ps[:4]], ["Task-1", "Task-2", "Task-3", "Task-4"])
        self.assertEqual([(p["function"], p["line"]) for p in ps[:2]], [("main", 7), ("worker", 3)])
        self.assertEqual([e["task"] for e in ps[1]["ready"]], [3, 4])
        self.assertEqual([e["name"] for e in ps[1]["ready"]], ["Task-3", "Task-4"])
        lock = r.trace.one("WAIT_OBJ")["object"]
        self.assertEqual(ps[4]["waiters"], {lock: [3, 4]})  # both wait for Task-2's lock
        times = [p["t"] for p in ps]
        self.assertEqual(times, sorted(times))
        steps = r.trace.of("STEP")
        for p in ps:  # each pause comes right before the step it names
            nxt = min((s for s in steps if s["start"] >= p["t"]), key=lambda s: s["start"])
            self.assertEqual(nxt["task"], p["task"])

    def test_snapshot_lists_pending_timers(self) -> None:
        src = """
            import asyncio
            async def sleeper():
                await asyncio.sleep(0.05)
            async def quick():
                await asyncio.sleep(0)
            async def main():
                await asyncio.gather(sleeper(), quick())
            asyncio.run(main())
        """
        r = step_program(src, ["step"] * 3 + ["continue"])
        self.assertEqual(r.status, 0, r.stderr)
        ps = lsdecode.pauses(r.trace)
        # Before quick() resumes, sleeper() sleeps: its timer is pending.
        p = next(p for p in ps if p["name"] == "Task-3" and p["line"] == 6)
        (tm,) = p["timers"]
        self.assertEqual((tm["what"], tm["task"], tm["name"]), (1, 2, "sleep(0.05)"))
        # Absolute deadline: what is left shrinks by however long the steps before took.
        left = (tm["deadline"] - p["t"]) / 1e9
        self.assertTrue(0.0 < left <= 0.0501, left)

    def test_next_runs_until_another_task_would_run(self) -> None:
        src = """
            import asyncio
            async def spin():
                for _ in range(5):
                    await asyncio.sleep(0)
            async def main():
                await asyncio.create_task(spin())
                print("done")
            asyncio.run(main())
        """
        r = step_program(src, ["next", "next", "next", "next"])
        self.assertEqual(r.status, 0, r.stderr)
        ps = lsdecode.pauses(r.trace)
        self.assertEqual([p["name"] for p in ps], ["Task-1", "Task-2", "Task-1"])

    def test_continue_runs_freely(self) -> None:
        r = step_program(GATHER3, ["continue"], close=False)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(len(r.trace.of("PAUSED")), 1)

    def test_end_of_file_on_the_control_channel_continues(self) -> None:
        r = step_program(GATHER3, [])
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "3")
        self.assertEqual(len(r.trace.of("PAUSED")), 1)

    def test_stop_ends_the_program_at_once(self) -> None:
        src = """
            import asyncio
            async def main():
                print("first")
                await asyncio.sleep(0)
                print("never")
            asyncio.run(main())
        """
        r = step_program(src, ["step", "stop"], close=False)
        self.assertEqual(r.status, 143)
        assert_clean(self, r.trace)
        self.assertEqual([o["text"] for o in r.trace.output()], ["first"])
        self.assertEqual(len(r.trace.of("PAUSED")), 2)
        self.assertFalse(r.trace.of("EXIT"))

    def test_run_to_pauses_at_the_first_step_at_or_after_the_time(self) -> None:
        src = """
            import asyncio
            async def main():
                for i in range(4):
                    await asyncio.sleep(0.1)
                    print(i)
            asyncio.run(main())
        """
        r = step_program(src, ["run-to 250000000", "continue"], options=("--virtual-clock",))
        self.assertEqual(r.status, 0, r.stderr)
        ps = lsdecode.pauses(r.trace)
        self.assertEqual(len(ps), 2)
        self.assertGreaterEqual(ps[1]["t"], 250_000_000)
        starts = sorted(s["start"] for s in r.trace.of("STEP"))
        before = [t for t in starts if t < ps[1]["t"]]
        self.assertLess(before[-1], 250_000_000)  # the first step at or after the time

    def test_program_that_ends_while_paused(self) -> None:
        # A thread ends the process while the loop waits for a command.
        src = """
            import asyncio, os, threading
            async def main():
                threading.Timer(0.2, os._exit, (3,)).start()
                await asyncio.sleep(0)
            asyncio.run(main())
        """
        r = step_program(src, ["step"], close=False, timeout=20)
        self.assertEqual(r.status, 3)
        assert_clean(self, r.trace)
        self.assertEqual(len(r.trace.of("PAUSED")), 2)

    def test_more_commands_than_pauses(self) -> None:
        r = step_program(GATHER3, ["step"] * 100)
        self.assertEqual(r.status, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "3")

    def test_paused_time_is_not_blocking_and_not_on_the_clock(self) -> None:
        src = """
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                t0 = loop.time()
                await asyncio.sleep(0)
                print(f"{loop.time() - t0:.3f}")
            asyncio.run(main())
        """
        for options in ((), ("--virtual-clock",)):
            with self.subTest(options=options):
                r = step_program(src, [0.4, "step", 0.4, "continue"],
                                 options=("--block-threshold-ms", "50", *options))
                self.assertEqual(r.status, 0, r.stderr)
                assert_clean(self, r.trace)
                self.assertFalse(r.trace.of("BLOCKED"))
                self.assertFalse(r.trace.of("STEP_RUNNING"))
                self.assertLess(float(r.stdout), 0.2)
                # 0.8 s were spent paused; none of it may show on the trace's clock.
                self.assertLess(r.trace.of("EXIT")[-1]["t"], 600_000_000)
                ps = lsdecode.pauses(r.trace)
                self.assertEqual(len(ps), 2)
                steps = r.trace.of("STEP")
                self.assertLess(steps[-1]["start"] - ps[1]["t"], 200_000_000)

    def test_step_needs_a_control_fd(self) -> None:
        path = write_program("print(1)\n")
        p = subprocess.run([PYTHON, TRACER, "--step", path], capture_output=True, text=True)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--step needs --control-fd", p.stderr)


if __name__ == "__main__":
    unittest.main()
