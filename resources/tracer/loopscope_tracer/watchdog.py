"""The blocked-loop watchdog: a daemon thread that looks at each running traced loop when the
handle it saw running would reach the block threshold; if that handle is still running it
samples the loop thread's stack and reports the innermost frame of the program's own code in
a BLOCKED record, flushed at once so that a program killed while blocked still names its
line.

It sleeps until the earliest moment a report could be due (at most one threshold), rather
than polling: each wake-up needs the GIL, and while it waits for it the loop thread, which
lets go of the GIL at every select(), wakes it again and again (measured: polling every
10 ms cost the loop thread ~15,000 context switches a second on a busy loop).
"""

from __future__ import annotations

import sys
import threading
import time

from . import wire
from .codefilter import innermost_program_frame
from .session import Session

MIN_SLEEP_NS = 1_000_000  # never spin: at least 1 ms between looks
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
    sleep_ns = threshold
    while True:
        time.sleep(sleep_ns / 1e9)
        sleep_ns = threshold  # a handle starting now is due one threshold from now
        try:
            if not sess.enabled:
                return
            now = sess.now()
            for st in list(sess.running_loops):
                t0 = st.h_t0
                if not t0 or st.paused or st.blocked_reported == t0:
                    continue
                if now - t0 >= threshold:
                    _report(sess, st, t0)
                else:  # look again when this handle would reach the threshold
                    sleep_ns = min(sleep_ns, t0 + threshold - now)
            sleep_ns = max(sleep_ns, MIN_SLEEP_NS)
        except Exception:
            sess.hook_failed()


def _report(sess: Session, st, t0: int) -> None:  # type: ignore[no-untyped-def]
    frame = sys._current_frames().get(st.thread_ident)
    if st.h_t0 != t0:  # the handle ended while we sampled
        return
    st.blocked_reported = t0
    f = innermost_program_frame(frame)
    cur = st.cur
    task = cur[1] if cur[0] == wire.WK_TASK else 0
    s = sess.interner.s
    file_sid, func_sid, line = (s(f.f_code.co_filename), s(f.f_code.co_qualname), f.f_lineno or 0) \
        if f is not None else (0, 0, 0)
    del frame, f
    sess.emit(wire.S_BLOCKED.pack(wire.SYNC, wire.BLOCKED, wire.N_BLOCKED, t0, task, file_sid,
                                  func_sid, line, st.id))
    sess.writer.flush()
