"""The blocked-loop watchdog: a daemon thread that looks every ~10 ms at each running traced
loop; when one handle has run past the threshold it samples the loop thread's stack and
reports the innermost frame of the program's own code in a BLOCKED record, flushed at once
so that a program killed while blocked still names its line.
"""

from __future__ import annotations

import sys
import threading
import time

from . import wire
from .codefilter import innermost_program_frame
from .session import Session

INTERVAL_S = 0.010
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
    while True:
        time.sleep(INTERVAL_S)
        try:
            if not sess.enabled:
                return
            now = sess.now()
            for st in list(sess.running_loops):
                t0 = st.h_t0
                if t0 and not st.paused and now - t0 >= threshold and st.blocked_reported != t0:
                    _report(sess, st, t0)
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
