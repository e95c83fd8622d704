"""Record layouts of the trace protocol (docs/PROTOCOL.md), as precompiled structs.

Each struct includes the 4-byte record header, so writing a record is one `pack` call with
the sync byte, the type and the fixed payload length first. Records with a variable tail
(STR, OUTPUT, CHAIN) are packed as header + fixed part + tail.
"""

from __future__ import annotations

import struct

MAGIC = b"LSTRACE1"
SYNC = 0xEA
MAX_TEXT = 60_000  # protocol limit for text in one record

# Record types.
STR, HELLO, TASK_NEW, STEP, WAKE, TASK_END, LOOP_ITER, CB_SCHED, CB_RUN = range(1, 10)
JOB_START, JOB_END, OUTPUT, WARNING, BLOCKED, ERROR, EXIT, FRAME, CHAIN, DROPPED = range(10, 20)
LOOP_CLOSE = 20
TIMER, WAIT_OBJ, SNAP_READY, SNAP_TIMERS, SNAP_WAITERS, PAUSED, STEP_RUNNING = range(21, 28)
SEAL = 28  # live channel only: sequence, length and token of the batch of records after it

# Wait kinds, in the order of the run-summary schema.
(W_SLEEP, W_TASK, W_GATHER, W_FUTURE, W_LOCK, W_SEMAPHORE, W_CONDITION, W_EVENT, W_QUEUE,
 W_IO, W_EXECUTOR, W_TIMEOUT, W_YIELD, W_OTHER) = range(14)

# Waker kinds.
WK_UNKNOWN, WK_TIMER, WK_IO, WK_THREAD, WK_TASK, WK_CALLBACK = range(6)

# Task end states.
END_DONE, END_CANCELLED, END_FAILED = range(3)

# Warning kinds.
(WARN_NEVER_AWAITED, WARN_TASK_DESTROYED_PENDING, WARN_EXCEPTION_NEVER_RETRIEVED,
 WARN_LOOP_BLOCKED, WARN_SLOW_CALLBACK, WARN_OTHER) = range(6)

# OUTPUT flags: a line longer than MAX_TEXT goes as several records (CONTINUES on all but the
# last, CONTINUATION on all but the first), so the host passes it on whole; NO_NEWLINE marks
# the program's last write when it did not end its line.
OUT_TRUNCATED, OUT_CONTINUES, OUT_CONTINUATION, OUT_NO_NEWLINE = 1, 2, 4, 8

# TIMER events and what a timer wakes.
TIMER_ADDED, TIMER_CANCELLED, TIMER_FIRED = range(3)
TW_OTHER, TW_SLEEP, TW_CALLBACK = range(3)

# PAUSED: what runs next.
PAUSE_TASK, PAUSE_CALLBACK = range(2)

# Callback scheduling kinds.
HOW_CALL_SOON, HOW_CALL_LATER, HOW_CALL_AT, HOW_THREADSAFE = range(4)


def _record(type_: int, fmt: str) -> struct.Struct:
    """A struct for header + fixed payload; callers pass (SYNC, type, size, ...fields)."""
    s = struct.Struct("<BBH" + fmt)
    assert s.size - 4 < 65536
    return s


HEADER = struct.Struct("<BBH")
S_STR_HEAD = struct.Struct("<BBHI")
S_HELLO = _record(HELLO, "HBBIQIIIIQ")
S_TASK_NEW = _record(TASK_NEW, "QIIIIIIII")  # + the call text (UTF-8, rest of payload)
S_STEP = _record(STEP, "QQIBBHIIII")
S_WAKE = _record(WAKE, "QIBBHII")
S_TASK_END = _record(TASK_END, "QIBBHII")
S_LOOP_ITER = _record(LOOP_ITER, "QQqIII")
S_CB_SCHED = _record(CB_SCHED, "QIIB")
S_CB_RUN = _record(CB_RUN, "QQI")
S_JOB_START = _record(JOB_START, "QIIIII")
S_JOB_END = _record(JOB_END, "QIB")
S_OUTPUT_HEAD = struct.Struct("<BBHQIBB")
S_WARNING = _record(WARNING, "QBIII")
S_BLOCKED = _record(BLOCKED, "QIIIII")
S_ERROR = _record(ERROR, "QIIII")
S_EXIT = _record(EXIT, "Qi")
S_FRAME = _record(FRAME, "IIII")
S_CHAIN_HEAD = struct.Struct("<BBHI")
S_DROPPED = _record(DROPPED, "QIQ")
S_LOOP_CLOSE = _record(LOOP_CLOSE, "QI")
S_SEAL = _record(SEAL, "IIQ")
S_TIMER = _record(TIMER, "QIBBHQIII")
S_WAIT_OBJ = _record(WAIT_OBJ, "IBI")
S_PAUSED = _record(PAUSED, "QIBIIIIIII")
S_STEP_RUNNING = _record(STEP_RUNNING, "QQIIIIII")
S_SNAP_HEAD = struct.Struct("<BBHI")  # + entries; the length is computed per record
# Hot-path forms of the same layouts: the parts that repeat (the header, what a step waits
# on, who wakes) are packed once and passed as bytes, since struct.pack costs per argument
# (twice as much on 3.13 as on 3.11).
S_STEP_TIMES = struct.Struct("<4sQQI20s")  # STEP_HEAD, start, end, task, STEP_TAIL
STEP_TAIL = struct.Struct("<BBHIIII")  # finished, kind, _r, detail, target, chain, object
S_WAKE_TIME = struct.Struct("<4sQI12s")  # WAKE_HEAD, t, task, WAKE_TAIL
WAKE_TAIL = struct.Struct("<BBHII")  # waker kind, _r1, _r2, waker task, waker name
S_LOOP_ITER_H = struct.Struct("<4sQQqIII")  # LOOP_ITER_HEAD + the fields
E_READY = struct.Struct("<III")  # task, callback id, name str
E_TIMER = struct.Struct("<QIBIII")  # deadline, timer id, what, task, callback id, name str

# Payload sizes, passed as the header's length field.
N_HELLO = S_HELLO.size - 4
N_TASK_NEW = S_TASK_NEW.size - 4
N_STEP = S_STEP.size - 4
N_WAKE = S_WAKE.size - 4
N_TASK_END = S_TASK_END.size - 4
N_LOOP_ITER = S_LOOP_ITER.size - 4
N_CB_SCHED = S_CB_SCHED.size - 4
N_CB_RUN = S_CB_RUN.size - 4
N_JOB_START = S_JOB_START.size - 4
N_JOB_END = S_JOB_END.size - 4
N_WARNING = S_WARNING.size - 4
N_BLOCKED = S_BLOCKED.size - 4
N_ERROR = S_ERROR.size - 4
N_EXIT = S_EXIT.size - 4
N_FRAME = S_FRAME.size - 4
N_DROPPED = S_DROPPED.size - 4
N_LOOP_CLOSE = S_LOOP_CLOSE.size - 4
N_TIMER = S_TIMER.size - 4
N_WAIT_OBJ = S_WAIT_OBJ.size - 4
N_PAUSED = S_PAUSED.size - 4
N_STEP_RUNNING = S_STEP_RUNNING.size - 4
STEP_HEAD = HEADER.pack(SYNC, STEP, N_STEP)
WAKE_HEAD = HEADER.pack(SYNC, WAKE, N_WAKE)
LOOP_ITER_HEAD = HEADER.pack(SYNC, LOOP_ITER, N_LOOP_ITER)


def utf8(text: str, limit: int = MAX_TEXT) -> tuple[bytes, bool]:
    """Encode text for the wire; returns (bytes, truncated). Never splits a UTF-8 sequence."""
    data = text.encode("utf-8", "replace")
    if len(data) <= limit:
        return data, False
    cut = data[:limit]
    return cut.decode("utf-8", "ignore").encode("utf-8"), True


def pack_str(sid: int, data: bytes) -> bytes:
    return S_STR_HEAD.pack(SYNC, STR, 4 + len(data), sid) + data


def pack_output(t: int, task: int, stream: int, flags: int, data: bytes) -> bytes:
    return S_OUTPUT_HEAD.pack(SYNC, OUTPUT, 14 + len(data), t, task, stream, flags) + data


def output_pieces(data: bytes, last_flags: int) -> list[tuple[int, bytes]]:
    """A line's UTF-8 as (flags, piece) records of at most MAX_TEXT bytes each, cut between
    characters; last_flags go on the last piece (OUT_NO_NEWLINE)."""
    n = len(data)
    if n <= MAX_TEXT:
        return [(last_flags, data)]
    pieces = []
    start = 0
    while start < n:
        end = min(start + MAX_TEXT, n)
        while end < n and end > start + 1 and data[end] & 0xC0 == 0x80:
            end -= 1  # never split a UTF-8 sequence
        flags = OUT_CONTINUATION if start else 0
        flags |= OUT_CONTINUES if end < n else last_flags
        pieces.append((flags, data[start:end]))
        start = end
    return pieces


def pack_chain(cid: int, frames: tuple[int, ...]) -> bytes:
    n = len(frames)
    return S_CHAIN_HEAD.pack(SYNC, CHAIN, 4 + 4 * n, cid) + struct.pack(f"<{n}I", *frames)


def pack_snapshot(type_: int, seq: int, entries: bytes) -> bytes:
    return S_SNAP_HEAD.pack(SYNC, type_, 4 + len(entries), seq) + entries
