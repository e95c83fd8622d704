"""Step mode: before each task step or program callback, describe what runs next and what
the scheduler holds (ready queue, timers, waiters), then wait for a command on the control
channel (docs/PROTOCOL.md, "Step mode").

Commands are ASCII lines: `step`, `next`, `continue`, `run-to NS`, `stop`. End of file on
the control channel means `continue`: a host that went away must never leave a program
hanging. Paused time is left out of the run's clock (Clock.exclude), and the watchdog does
not count it as blocking (LoopState.paused, and no handle is running while paused).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from types import CoroutineType, GeneratorType
from typing import Any

from . import wire
from .codefilter import is_program_file
from .session import Session
from .steps import callable_name, step_task, unwrap_callable

FREE, STEP, NEXT, RUN_TO = range(4)
STOP_STATUS = 143  # as if ended by SIGTERM: the host ends the process group anyway


class Stepper:
    def __init__(self, sess: Session, fd: int) -> None:
        self.sess = sess
        self.fd = fd
        self.mode = STEP  # paused before the very first step
        self.switch_from = 0  # NEXT: the pause point key we left from
        self.target_t = 0  # RUN_TO
        self.seq = 0
        self.paused_ns = 0
        self._buf = b""
        self._lock = threading.Lock()  # loops in several threads share one control channel

    def before(self, loop: Any, st: Any, task: Any, tid: int, cb_id: int, cb: Any) -> None:
        mode = self.mode
        if mode == FREE:
            return
        key = tid if tid else -cb_id
        if mode == NEXT:
            if key == self.switch_from:
                return
        elif mode == RUN_TO:
            if self.sess.now() < self.target_t:
                return
        with self._lock:
            if self.mode != FREE:
                self._pause(loop, st, task, tid, cb_id, cb, key)

    # --- one pause ------------------------------------------------------------------------

    def _pause(self, loop: Any, st: Any, task: Any, tid: int, cb_id: int, cb: Any,
               key: int) -> None:
        sess = self.sess
        clk = sess.clock
        p0 = time.perf_counter_ns()
        t = p0 - clk.base
        st.paused = True
        try:
            self.seq += 1
            try:
                self._snapshot(loop, st, task, tid, cb_id, cb, t)
            except Exception:
                sess.hook_failed()
            sess.writer.flush()
            command = self._read_command()
        finally:
            st.paused = False
            dt = time.perf_counter_ns() - p0
            self.paused_ns += dt
            clk.exclude(dt)
        self._obey(command, key)

    def _obey(self, command: str, key: int) -> None:
        word, _, arg = command.partition(" ")
        if word == "step":
            self.mode = STEP
        elif word == "next":
            self.mode = NEXT
            self.switch_from = key
        elif word == "run-to":
            try:
                self.target_t = int(arg)
                self.mode = RUN_TO
            except ValueError:
                self.mode = STEP
        elif word == "stop":
            try:
                self.sess.writer.flush()
            finally:
                os._exit(STOP_STATUS)
        else:  # "continue", end of file, a broken channel
            self.mode = FREE

    def _read_command(self) -> str:
        """The next non-empty line; "continue" at end of file or on any error. Unknown
        commands are skipped."""
        while True:
            nl = self._buf.find(b"\n")
            while nl < 0:
                try:
                    data = os.read(self.fd, 4096)
                except InterruptedError:
                    continue
                except OSError:
                    data = b""
                if not data:
                    self._close()
                    return "continue"
                self._buf += data
                nl = self._buf.find(b"\n")
            line, self._buf = self._buf[:nl], self._buf[nl + 1:]
            text = line.decode("ascii", "replace").strip()
            if text.split(" ", 1)[0] in ("step", "next", "continue", "run-to", "stop"):
                return text

    def _close(self) -> None:
        self.mode = FREE
        try:
            os.close(self.fd)
        except OSError:
            pass
        self.fd = -1

    # --- the snapshot ---------------------------------------------------------------------

    def _snapshot(self, loop: Any, st: Any, task: Any, tid: int, cb_id: int, cb: Any,
                  t: int) -> None:
        sess = self.sess
        s = sess.interner.s
        emit = sess.emit
        seq = self.seq
        names = sess.callback_names

        ready: list[bytes] = []
        due_timers: list[Any] = []
        ready_tasks: set[int] = {tid} if tid else set()
        for h in loop._ready:
            if h._cancelled:
                continue
            rt = step_task(h._callback)
            if rt is not None:
                rtid = getattr(rt, "_ls_id", 0)
                if rtid > 0:
                    ready_tasks.add(rtid)
                    ready.append(wire.E_READY.pack(rtid, 0, s(rt.get_name())))
                continue
            k = id(h)
            if k in st.timers:  # a due timer: listed with the timers until it runs
                due_timers.append(h)
                continue
            info = st.hinfo.get(k) or st.hinfo_old.get(k)
            if info is not None and info[1]:
                ready.append(wire.E_READY.pack(0, info[1], names.get(info[1], 0)))
        emit(wire.pack_snapshot(wire.SNAP_READY, seq, b"".join(ready)))

        now_s = loop.time()
        timers = []
        for h in [*due_timers, *loop._scheduled]:
            if h._cancelled:
                continue
            tm = st.timers.get(id(h))
            if tm is None:
                continue
            deadline = max(0, t + int((h._when - now_s) * 1e9))
            timers.append((deadline, tm[0], tm[1], tm[2], tm[3], tm[4]))
        timers.sort()
        emit(wire.pack_snapshot(wire.SNAP_TIMERS, seq,
                                b"".join(wire.E_TIMER.pack(*x) for x in timers)))

        groups: dict[int, list[tuple[int, int]]] = {}
        objs = sess.wait_objects
        for other in asyncio.all_tasks(loop):
            otid = getattr(other, "_ls_id", 0)
            if otid <= 0 or otid in ready_tasks or other.done():
                continue
            oid, obj = objs.of_task(other)
            if oid:
                groups.setdefault(oid, []).append((_queue_position(other, obj), otid))
        for oid in sorted(groups):
            members = sorted(groups[oid])
            emit(wire.pack_snapshot(wire.SNAP_WAITERS, seq, oid.to_bytes(4, "little") + b"".join(
                m[1].to_bytes(4, "little") for m in members)))

        if tid:
            what = wire.PAUSE_TASK
            name = s(task.get_name())
            file, func, line = _task_position(task)
        else:
            what = wire.PAUSE_CALLBACK
            name = names.get(cb_id, 0) or s(callable_name(cb))
            file, func, line = _callback_position(cb)
        emit(wire.S_PAUSED.pack(wire.SYNC, wire.PAUSED, wire.N_PAUSED, t, seq, what, tid, cb_id,
                                name, s(func), s(file), line, st.id))


def _queue_position(task: Any, obj: Any) -> int:
    """Where the task's future sits in its primitive's waiter queues (FIFO order), else a
    large number so that unknown positions sort last (then by task id)."""
    w = task._fut_waiter
    if w is not None:
        for attr in ("_waiters", "_getters", "_putters"):
            q = getattr(obj, attr, None)
            if q:
                for i, fut in enumerate(q):
                    if fut is w:
                        return i
    return 1 << 30


def _task_position(task: Any) -> tuple[str, str, int]:
    """(file, function, line) where the task resumes: the innermost frame of the program's
    own code in its await chain (its coroutine's first line before it started)."""
    c = task.get_coro()
    best = None
    for _ in range(256):
        tc = type(c)
        if tc is CoroutineType:
            f, nxt = c.cr_frame, c.cr_await
        elif tc is GeneratorType:
            f, nxt = c.gi_frame, c.gi_yieldfrom
        else:
            break
        if f is None:
            break
        if is_program_file(f.f_code.co_filename) or best is None:
            best = f
        c = nxt
    if best is None:
        return "", "", 0
    return best.f_code.co_filename, best.f_code.co_qualname, best.f_lineno or 0


def _callback_position(cb: Any) -> tuple[str, str, int]:
    fn = unwrap_callable(cb)
    fn = getattr(fn, "__func__", fn)
    code = getattr(fn, "__code__", None)
    if code is None:
        return "", callable_name(cb), 0
    return code.co_filename, code.co_qualname, code.co_firstlineno
