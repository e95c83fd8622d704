"""The answers of the wait analysis cached by position, for the hot path in loop.py.

A task that stops at the same place in its coroutine usually waits for the same kind of
thing there, so loop.py looks the answer up by the position of the task's own frame instead
of walking the await chain every step. Each task's context holds the table of its
coroutine's code: position (f_lasti) -> Hit, the answer the full walk gave there:

    0  guard: what the task must await at that position for the answer to hold: the code
       of the asyncio primitive (or generator) it awaits, the type of anything else (None
       for a bare yield, a future's iterator), or the code of a helper coroutine such as
       Lock.__aenter__, whose position (1) and primitive (2) are then checked too
    1  the helper's position, -1 when there is no helper
    2  the primitive's code under the helper
    3  the packed STEP tail when the task awaits no future, None if it depends on more
    4  the packed STEP tail when it awaits a future, None if it depends on which
    5  tails by wait object (an asyncio Lock/Queue/...: the answer names which one), or None
    6  the chain entry (waits.make_analyzer)
    7  the chain id
    8  the wait kind of the primitive
    9  [weak reference to the primitive last waited on here, its wait-object id]
    10 the attribute of that primitive's waiter queue that can confirm it (waitobjects)

Only chains of those shapes are cached, so a hit gives exactly the walk's answer; longer
chains are walked every time.
"""

from __future__ import annotations

import weakref
from types import CoroutineType, GeneratorType
from typing import Any

from . import wire
from .session import Session
from .waitobjects import OID, PRIMITIVE_KINDS, WAITER_QUEUES

Hit = tuple[Any, ...]
NOBODY = type(None)  # called, returns None: a dead weak reference
MAX_POSITIONS = 512  # per code object
MAX_OBJECT_TAILS = 64  # per position


class WaitCache:
    def __init__(self, sess: Session) -> None:
        analyze = sess.analyze
        self._walk = analyze.walk  # type: ignore[attr-defined]
        self._chain_entry = analyze.chain_entry  # type: ignore[attr-defined]
        self._classify = analyze.classify  # type: ignore[attr-defined]
        self._of_primitive = sess.wait_objects.of_primitive
        self._pack_tail = wire.STEP_TAIL.pack
        self._tables: dict[int, dict[int, Hit]] = {}
        self._codes: list[Any] = []  # their ids key _tables: keep them unique (the codes a
        # Hit compares with are kept alive by the Hit itself)

    def positions_of(self, coro: Any) -> dict[int, Hit] | None:
        """The table of hits for tasks running `coro`'s code (None if it is no coroutine)."""
        if type(coro) is not CoroutineType:
            return None
        code = coro.cr_code
        table = self._tables.get(id(code))
        if table is None:
            table = self._tables[id(code)] = {}
            self._codes.append(code)
        return table

    def walk_tail(self, task: Any, w: Any, coro: Any, positions: Any) -> tuple[bytes, int]:
        """The STEP tail and chain id for a suspended task by walking its await chain,
        caching a Hit for its position when the chain has one of the shapes the hot path
        checks: the task's frame over what it awaits directly (no wrapper between)."""
        parts, levels, known_c, stop = self._walk(coro)
        entry = self._chain_entry(parts, levels, known_c)
        r = entry[2] or (w is None and entry[3]) or self._classify(entry, w, known_c)
        obj = 0
        if known_c is not None and r[0] in PRIMITIVE_KINDS:
            obj = self._of_primitive(known_c, r[0], task)
        tail, chain = self._pack(r, obj), r[3]
        if positions is None or not levels or levels[0][0] is not coro or \
                len(positions) >= MAX_POSITIONS:
            return tail, chain
        awaited = coro.cr_await
        guard = prim_code = None
        helper_pos = -1
        if known_c is None:
            if len(levels) == 1 and stop is not None and type(awaited) is stop:
                guard = stop
        elif len(levels) == 1 and awaited is known_c:
            tk = type(known_c)
            guard = known_c.cr_code if tk is CoroutineType else \
                known_c.gi_code if tk is GeneratorType else None
        elif len(levels) == 2 and awaited is levels[1][0] and type(awaited) is CoroutineType \
                and type(known_c) is CoroutineType and awaited.cr_await is known_c:
            guard = awaited.cr_code
            helper_pos = levels[1][2].f_lasti
            prim_code = known_c.cr_code
        if guard is None:
            return tail, chain
        fixed = entry[2]
        tails = None
        if fixed is not None:
            if fixed[0] in PRIMITIVE_KINDS:
                tail_now = tail_fut = None
                tails = {obj: tail}
            else:
                tail_now = tail_fut = tail
        else:
            tail_fut = None
            known = entry[1]
            tail_now = self._pack(entry[3] or self._classify(entry, None, None), 0) \
                if known is None or known[2] == 0 else None
        positions[levels[0][2].f_lasti] = (
            guard, helper_pos, prim_code, tail_now, tail_fut, tails, entry, chain,
            entry[1] and entry[1][0], [NOBODY, 0],
            WAITER_QUEUES.get(id(known_c.cr_code)) if tails is not None else None)
        return tail, chain

    def variable_tail(self, hit: Hit, w: Any, known_c: Any) -> bytes:
        """The tail of an answer that depends on the future (a task, a gather, a sleep's
        delay, an executor job)."""
        return self._pack(self._classify(hit[6], w, known_c), 0)

    def object_waited_on(self, hit: Hit, known_c: Any, task: Any) -> int:
        """The wait-object id of the primitive whose coroutine `known_c` is, remembered
        (weakly) in the Hit when its waiter queue can confirm it next time."""
        o = known_c.cr_frame.f_locals["self"]
        oid = o.__dict__.get(OID) or self._of_primitive(known_c, hit[8], task)
        if hit[10] is not None and oid:
            last = hit[9]
            last[0] = weakref.ref(o)
            last[1] = oid
        return oid

    def object_tail(self, hit: Hit, obj: int) -> bytes:
        tails = hit[5]
        tail = self._pack(hit[6][2], obj)
        if len(tails) < MAX_OBJECT_TAILS:
            tails[obj] = tail
        return tail

    def _pack(self, r: tuple[int, int, int, int], obj: int) -> bytes:
        return self._pack_tail(0, r[0], 0, r[1], r[2], r[3], obj)
