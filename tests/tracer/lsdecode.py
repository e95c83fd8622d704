"""Test-only decoder for the Loopscope trace protocol (docs/PROTOCOL.md).

Independent of the tracer's own code on purpose: it re-states the record layouts, so a
mistake in the tracer's struct formats shows up as a test failure.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass, field
from typing import Any

LAYOUTS: dict[int, tuple[str, str, tuple[str, ...]]] = {
    2: ("HELLO", "<HBBIQIIIIQ", ("version", "clock", "flags", "pid", "mono_t0", "python$",
                                 "executable$", "program$", "block_ms", "wall_t0")),
    3: ("TASK_NEW", "<QIIIIIIII", ("t", "task", "loop", "parent", "name$", "coro$", "file$", "line",
                                   "coro_file$")),
    4: ("STEP", "<QQIBBHIIII", ("start", "end", "task", "finished", "kind", "_r", "detail$",
                                "target", "chain", "object")),
    5: ("WAKE", "<QIBBHII", ("t", "task", "waker", "_r1", "_r2", "waker_task", "waker_name$")),
    6: ("TASK_END", "<QIBBHII", ("t", "task", "state", "_r1", "_r2", "exception$", "name$")),
    7: ("LOOP_ITER", "<QQqIII", ("start", "end", "timeout", "ready", "timers", "loop")),
    8: ("CB_SCHED", "<QIIB", ("t", "cb", "name$", "how")),
    9: ("CB_RUN", "<QQI", ("start", "end", "cb")),
    10: ("JOB_START", "<QIIIII", ("t", "job", "thread", "thread_name$", "function$", "task")),
    11: ("JOB_END", "<QIB", ("t", "job", "failed")),
    12: ("OUTPUT", "<QIBB", ("t", "task", "stream", "flags")),
    13: ("WARNING", "<QBIII", ("t", "kind", "message$", "file$", "line")),
    14: ("BLOCKED", "<QIIIII", ("start", "task", "file$", "function$", "line", "loop")),
    15: ("ERROR", "<QIIII", ("t", "exc_type$", "message$", "file$", "line")),
    16: ("EXIT", "<Qi", ("t", "status")),
    17: ("FRAME", "<IIII", ("frame", "file$", "function$", "line")),
    19: ("DROPPED", "<QIQ", ("t", "what", "count")),
    20: ("LOOP_CLOSE", "<QI", ("t", "loop")),
    21: ("TIMER", "<QIBBHQIII", ("t", "timer", "event", "what", "_r", "deadline", "task", "cb",
                                 "name$")),
    22: ("WAIT_OBJ", "<IBI", ("object", "kind", "label$")),
    26: ("PAUSED", "<QIBIIIIIII", ("t", "seq", "what", "task", "cb", "name$", "function$",
                                    "file$", "line", "loop")),
    27: ("STEP_RUNNING", "<QQIIIIII", ("t", "start", "task", "cb", "loop", "file$", "function$",
                                       "line")),
}
TIMER_EVENTS = ["added", "cancelled", "fired"]
TIMER_WHAT = ["other", "sleep", "callback"]
# Snapshot records: u32 seq, then a list of fixed-size entries.
SNAPSHOTS: dict[int, tuple[str, str, tuple[str, ...]]] = {
    23: ("SNAP_READY", "<III", ("task", "cb", "name$")),
    24: ("SNAP_TIMERS", "<QIBIII", ("deadline", "timer", "what", "task", "cb", "name$")),
    25: ("SNAP_WAITERS", "<I", ("task",)),
}
KINDS = ["sleep", "task", "gather", "future", "lock", "semaphore", "condition", "event",
         "queue", "io", "executor", "timeout", "yield", "other"]
WAKERS = ["unknown", "timer", "io", "thread", "task", "callback"]


@dataclass
class Trace:
    records: list[dict[str, Any]] = field(default_factory=list)
    strings: dict[int, str] = field(default_factory=lambda: {0: ""})
    frames: dict[int, tuple[str, str, int]] = field(default_factory=dict)
    chains: dict[int, list[int]] = field(default_factory=dict)
    garbage: int = 0
    truncated: int = 0
    undefined_ids: int = 0

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [r for r in self.records if r["type"] == kind]

    def one(self, kind: str) -> dict[str, Any]:
        rs = self.of(kind)
        assert len(rs) == 1, f"expected one {kind}, got {len(rs)}"
        return rs[0]

    def tasks(self) -> dict[int, dict[str, Any]]:
        return {r["task"]: r for r in self.of("TASK_NEW")}

    def task_named(self, coro: str) -> dict[str, Any]:
        found = [r for r in self.of("TASK_NEW") if r["coro"] == coro]
        assert found, f"no task running {coro}: {[r['coro'] for r in self.of('TASK_NEW')]}"
        return found[0]

    def steps(self, task: int) -> list[dict[str, Any]]:
        return [r for r in self.of("STEP") if r["task"] == task]

    def wakes(self, task: int) -> list[dict[str, Any]]:
        return [r for r in self.of("WAKE") if r["task"] == task]

    def chain_frames(self, chain: int) -> list[tuple[str, str, int]]:
        return [self.frames[f] for f in self.chains.get(chain, [])]

    def output(self, stream: int | None = None) -> list[dict[str, Any]]:
        return [r for r in self.of("OUTPUT") if stream is None or r["stream"] == stream]


def decode(data: bytes) -> Trace:
    tr = Trace()
    if not data.startswith(b"LSTRACE1"):
        raise ValueError("missing magic")
    pos = 8
    n = len(data)
    while pos < n:
        if n - pos < 4:
            tr.truncated += n - pos
            break
        sync, typ, length = struct.unpack_from("<BBH", data, pos)
        if sync != 0xEA:
            tr.garbage += 1
            pos += 1
            continue
        if pos + 4 + length > n:
            tr.truncated += n - pos
            break
        payload = data[pos + 4: pos + 4 + length]
        if _decode_one(tr, typ, payload):
            pos += 4 + length
        else:
            tr.garbage += 1
            pos += 1
    return tr


def _s(tr: Trace, sid: int) -> str:
    if sid not in tr.strings:
        tr.undefined_ids += 1
        return ""
    return tr.strings[sid]


def _decode_one(tr: Trace, typ: int, p: bytes) -> bool:
    if typ == 28:  # SEAL: framing of the live channel, no event
        return len(p) >= 16
    if typ == 1:
        if len(p) < 4:
            return False
        (sid,) = struct.unpack_from("<I", p)
        tr.strings[sid] = p[4:].decode("utf-8", "replace")
        return True
    if typ == 18:
        if len(p) < 4 or (len(p) - 4) % 4:
            return False
        (cid,) = struct.unpack_from("<I", p)
        ids = list(struct.unpack_from(f"<{(len(p) - 4) // 4}I", p, 4))
        for f in ids:
            if f not in tr.frames:
                tr.undefined_ids += 1
        tr.chains[cid] = ids
        return True
    if typ in SNAPSHOTS:
        return _decode_snapshot(tr, typ, p)
    layout = LAYOUTS.get(typ)
    if layout is None:
        return False
    name, fmt, fields = layout
    size = struct.calcsize(fmt)
    if len(p) < size:
        return False
    values = struct.unpack_from(fmt, p)
    rec: dict[str, Any] = {"type": name}
    for fname, v in zip(fields, values):
        if fname.endswith("$"):
            rec[fname[:-1]] = _s(tr, v)
        else:
            rec[fname] = v
    if name == "OUTPUT":
        rec["text"] = p[size:].decode("utf-8", "replace")
    if name == "TASK_NEW":
        rec["call"] = p[size:].decode("utf-8")
    if name == "FRAME":
        tr.frames[rec["frame"]] = (rec["file"], rec["function"], rec["line"])
    if name == "STEP" and rec["chain"] and rec["chain"] not in tr.chains:
        tr.undefined_ids += 1
    tr.records.append(rec)
    return True


def _decode_snapshot(tr: Trace, typ: int, p: bytes) -> bool:
    name, fmt, fields = SNAPSHOTS[typ]
    head = 8 if typ == 25 else 4  # SNAP_WAITERS: seq, object id
    size = struct.calcsize(fmt)
    if len(p) < head or (len(p) - head) % size:
        return False
    rec: dict[str, Any] = {"type": name, "seq": struct.unpack_from("<I", p)[0]}
    if typ == 25:
        rec["object"] = struct.unpack_from("<I", p, 4)[0]
        rec["tasks"] = list(struct.unpack_from(f"<{(len(p) - 8) // 4}I", p, 8))
    else:
        entries = []
        for off in range(head, len(p), size):
            e = {}
            for fname, v in zip(fields, struct.unpack_from(fmt, p, off)):
                e[fname.rstrip("$")] = _s(tr, v) if fname.endswith("$") else v
            entries.append(e)
        rec["entries"] = entries
    tr.records.append(rec)
    return True


def pauses(tr: Trace) -> list[dict[str, Any]]:
    """Each PAUSED record with its snapshot (ready, timers, waiters) attached."""
    parts: dict[int, dict[str, Any]] = {}
    out = []
    for r in tr.records:
        t = r["type"]
        if t == "SNAP_READY":
            parts.setdefault(r["seq"], {})["ready"] = r["entries"]
        elif t == "SNAP_TIMERS":
            parts.setdefault(r["seq"], {})["timers"] = r["entries"]
        elif t == "SNAP_WAITERS":
            parts.setdefault(r["seq"], {}).setdefault("waiters", {})[r["object"]] = r["tasks"]
        elif t == "PAUSED":
            snap = parts.pop(r["seq"], {})
            p = dict(r)
            p["ready"] = snap.get("ready", [])
            p["timers"] = snap.get("timers", [])
            p["waiters"] = snap.get("waiters", {})
            out.append(p)
    return out


def dump(tr: Trace) -> None:
    for r in tr.records:
        r = dict(r)
        if r["type"] == "STEP":
            r["kind"] = KINDS[r["kind"]] if not r["finished"] else "-"
            r["chain"] = [f"{f[1]}:{f[2]}" for f in tr.chain_frames(r["chain"])]
        if r["type"] == "WAKE":
            r["waker"] = WAKERS[r["waker"]]
        print(r)
    print(f"garbage={tr.garbage} truncated={tr.truncated} undefined={tr.undefined_ids}")


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        dump(decode(fh.read()))
