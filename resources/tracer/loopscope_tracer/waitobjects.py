"""Which synchronisation object a task waits on: the Lock / Semaphore / Condition / Event /
Queue behind a suspended step, numbered once per object (a WAIT_OBJ record defines it) and
referenced from the STEP, so a replay can list the waiters of each primitive.

The object is the `self` of the primitive's coroutine the await chain stopped at (the walk
in loop.py / waits.py already found it). The number is kept on the object itself
(`_ls_oid`), so nothing here keeps an object alive and a recycled id() cannot be confused
with an old object.
"""

from __future__ import annotations

import itertools
import os
from types import CoroutineType, GeneratorType
from typing import Any

from . import wire
from .codefilter import is_program_file
from .waits import KNOWN

PRIMITIVE_KINDS = frozenset((wire.W_LOCK, wire.W_SEMAPHORE, wire.W_CONDITION, wire.W_EVENT,
                             wire.W_QUEUE))
OID = "_ls_oid"


def _waiter_queues() -> dict[int, str]:
    """id(code of a primitive's waiting coroutine) -> the attribute holding the deque its
    waiter future was just appended to. A task suspended there with future `w` is waiting
    on object `o` exactly when `o.<attribute>[-1] is w`, which is how the hot path
    confirms the object it saw last at the same place without reading the frame's locals."""
    from asyncio import locks, queues
    table = [(locks.Lock, "acquire", "_waiters"), (locks.Semaphore, "acquire", "_waiters"),
             (locks.Event, "wait", "_waiters"), (locks.Condition, "wait", "_waiters"),
             (locks.Condition, "wait_for", "_waiters"), (queues.Queue, "get", "_getters"),
             (queues.Queue, "put", "_putters")]
    out = {}
    for owner, name, attr in table:
        code = getattr(owner.__dict__.get(name), "__code__", None)
        if code is not None:
            out[id(code)] = attr
    return out


WAITER_QUEUES = _waiter_queues()


class WaitObjects:
    def __init__(self, emit: Any, intern: Any) -> None:
        self._emit = emit
        self._intern = intern
        self._next = itertools.count(1).__next__

    def of_primitive(self, known_c: Any, kind: int, task: Any) -> int:
        """Object id for the primitive coroutine `known_c` a task is suspended in (0 when it
        is not one of the primitive kinds or has no `self`)."""
        try:
            f = known_c.cr_frame
            if f is None:
                return 0
            obj = f.f_locals.get("self")
            d = getattr(obj, "__dict__", None)
            if d is None:
                return 0
            oid = d.get(OID)
            if oid is None:
                oid = self._define(obj, d, kind, task)
            return oid
        except Exception:
            return 0

    def of_task(self, task: Any) -> tuple[int, Any]:
        """(object id, the object) for a suspended task, by walking its await chain (slow;
        for step-mode snapshots and the eager first step). (0, None) if not a primitive."""
        c = task.get_coro() if not task.done() else None
        for _ in range(256):
            tc = type(c)
            if tc is CoroutineType:
                code, nxt = c.cr_code, c.cr_await
            elif tc is GeneratorType:
                code, nxt = c.gi_code, c.gi_yieldfrom
            else:
                return 0, None
            known = KNOWN.get(id(code))
            if known is not None:
                if known[0] not in PRIMITIVE_KINDS or tc is not CoroutineType:
                    return 0, None
                oid = self.of_primitive(c, known[0], task)
                try:
                    return oid, c.cr_frame.f_locals.get("self")
                except Exception:
                    return oid, None
            c = nxt
        return 0, None

    def _define(self, obj: Any, d: dict[str, Any], kind: int, task: Any) -> int:
        oid = self._next()
        d[OID] = oid
        label = self._label(obj, task)
        self._emit(wire.S_WAIT_OBJ.pack(wire.SYNC, wire.WAIT_OBJ, wire.N_WAIT_OBJ, oid, kind,
                                        self._intern(label)))
        return oid

    @staticmethod
    def _label(obj: Any, task: Any) -> str:
        """`Lock@main.py:12` (where a task first waited on it), with the variable name the
        program's frame knows it by when there is one: `lock (Lock@main.py:12)`."""
        kind = type(obj).__name__
        frame = None
        c = task.get_coro()
        for _ in range(256):
            f = getattr(c, "cr_frame", None) or getattr(c, "gi_frame", None)
            if f is None:
                break
            if is_program_file(f.f_code.co_filename):
                frame = f
            c = getattr(c, "cr_await", None) or getattr(c, "gi_yieldfrom", None)
        if frame is None:
            return kind
        where = f"{kind}@{os.path.basename(frame.f_code.co_filename)}:{frame.f_lineno}"
        name = None
        try:
            loc = frame.f_locals
            name = next((k for k, v in loc.items() if v is obj), None)
            if name is None and "self" in loc:
                attrs = getattr(loc["self"], "__dict__", {})
                name = next((f"self.{k}" for k, v in attrs.items() if v is obj), None)
            if name is None:
                name = next((k for k, v in frame.f_globals.items() if v is obj), None)
        except Exception:
            name = None
        return f"{name} ({where})" if name else where
