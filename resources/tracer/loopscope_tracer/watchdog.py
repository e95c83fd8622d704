"""The watchdog: a daemon thread that looks at each running traced loop when the handle it
saw running would be worth reporting. A handle still running after RUNNING_AFTER_NS gets a
STEP_RUNNING record (which task or callback, the line of the program's own code it is on),
refreshed every RUNNING_EVERY_NS while it runs, so the host can draw a long step as running
while it runs instead of learning about it only when it ends. At the block threshold the
handle also gets its BLOCKED record. Both are flushed at once, so that a program killed while
blocked still names its line.

It sleeps until the earliest moment a report could be due, rather than polling: each
wake-up needs the GIL, and while it waits for it the loop thread, which lets go of the GIL at
every select(), wakes it again and again (measured: polling every 10 ms cost the loop thread
~15,000 context switches a second on a busy loop). On a loop running short handles that is
one look per RUNNING_AFTER_NS.
"""

from __future__ import annotations

import sys
import threading
import time
from types import FrameType
from typing import Any

from . import wire
from .codefilter import innermost_program_frame
from .session import Session

MIN_SLEEP_NS = 1_000_000  # never spin: at least 1 ms between looks
RUNNING_AFTER_NS = 50_000_000  # a step this long is drawn as running before it ends
RUNNING_EVERY_NS = 100_000_000  # then its current line is refreshed this often
_started = False
_lock = threading.Lock()


def ensure_started(sess: Session) -> None:
    global _started
    if _started:
        return
    with _lock:
        if _started:
            return
        _started = True
        t = threading.Thread(target=_watch, args=(sess,), name="loopscope-watchdog", daemon=True)
        t.start()


def _watch(sess: Session) -> None:
    threshold = sess.block_threshold_ns
    first = min(RUNNING_AFTER_NS, threshold)
    sleep_ns = first
    while True:
        time.sleep(sleep_ns / 1e9)
        sleep_ns = first  # a handle starting now is worth a look `first` from now
        try:
            if not sess.enabled:
                return
            now = sess.now()
            for st in list(sess.running_loops):
                t0 = st.h_t0
                if not t0 or st.paused:
                    continue
                if st.watch_t0 != t0:  # a handle not looked at yet: its first notice
                    st.watch_t0 = t0
                    st.watch_next = t0 + first
                block_due = t0 + threshold if st.blocked_reported != t0 else 0
                due = min(st.watch_next, block_due) if block_due else st.watch_next
                if now >= due:
                    _report(sess, st, t0, now, bool(block_due) and now >= block_due)
                    st.watch_next = now + RUNNING_EVERY_NS
                    due = st.watch_next
                    if st.blocked_reported != t0:
                        due = min(due, t0 + threshold)
                sleep_ns = min(sleep_ns, due - now)
            sleep_ns = max(sleep_ns, MIN_SLEEP_NS)
        except Exception:
            sess.hook_failed()


def _running_handle(sess: Session, frame: FrameType | None, st: Any) -> tuple[int, int]:
    """(task id, program callback id) of the handle the loop thread runs, read from the
    traced Handle._run frame's locals (zero cost for the loop thread, which keeps them there
    anyway). An internal callback has neither: it inherits the context of whoever scheduled
    it, so the context alone would name that task."""
    run_code = sess.run_code
    while frame is not None:
        if frame.f_code is run_code:
            loc = frame.f_locals
            tid, cb_id = loc.get("tid"), loc.get("cb_id")
            if type(tid) is int and type(cb_id) is int and tid >= 0:
                return tid, cb_id
            break
        frame = frame.f_back
    cur = st.cur
    return (cur[1] if cur[0] == wire.WK_TASK else 0), 0


def _report(sess: Session, st: Any, t0: int, now: int, blocked: bool) -> None:
    frame = sys._current_frames().get(st.thread_ident)
    if st.h_t0 != t0:  # the handle ended while we sampled
        return
    f = innermost_program_frame(frame)
    task, cb_id = _running_handle(sess, frame, st)
    s = sess.interner.s
    file_sid, func_sid, line = (s(f.f_code.co_filename), s(f.f_code.co_qualname), f.f_lineno or 0) \
        if f is not None else (0, 0, 0)
    del frame, f
    sess.emit(wire.S_STEP_RUNNING.pack(wire.SYNC, wire.STEP_RUNNING, wire.N_STEP_RUNNING, now, t0,
                                       task, cb_id, st.id, file_sid, func_sid, line))
    if blocked:
        st.blocked_reported = t0
        sess.emit(wire.S_BLOCKED.pack(wire.SYNC, wire.BLOCKED, wire.N_BLOCKED, t0, task, file_sid,
                                      func_sid, line, st.id))
    sess.writer.flush()
