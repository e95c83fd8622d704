"""What a suspended task is waiting for: wait kind, human detail, target task, await chain.

The await chain is walked from the task's coroutine through `cr_await` / `gi_yieldfrom`.
The outermost frame whose code is a known asyncio primitive names the wait (so
`wait_for(q.get(), 1)` is a timeout and `async with lock` is Lock.acquire); otherwise the
future the task is blocked on (`_fut_waiter`) decides: a Task, a gather, a tagged sleep or
executor future, or a plain future. `None` means a bare yield.
"""

from __future__ import annotations

import asyncio
import gc
from types import AsyncGeneratorType, CoroutineType, GeneratorType
from typing import Any, Callable

from . import wire
from .interner import Interner

# Futures the loop created for sleep() / run_in_executor() carry this attribute:
# (wait kind, detail string id). Set by the loop hooks, read here.
TAG = "_ls_wait"

_GatheringFuture = getattr(asyncio.tasks, "_GatheringFuture", None)
_TaskTypes: tuple[type, ...] = tuple({asyncio.Task, asyncio.tasks._PyTask})  # type: ignore[attr-defined]


def _known_primitives() -> dict[int, tuple[int, str, bool]]:
    """id(code) -> (wait kind, detail, detail needs the socket's fd)."""
    from asyncio import base_events, locks, queues, selector_events, streams, subprocess, tasks
    table: list[tuple[Any, str, int, str, bool]] = [
        (tasks, "sleep", wire.W_SLEEP, "sleep", False),
        (tasks, "wait_for", wire.W_TIMEOUT, "wait_for", False),
        (tasks, "wait", wire.W_GATHER, "wait", False),
        (tasks, "_wait", wire.W_GATHER, "wait", False),
        (locks.Lock, "acquire", wire.W_LOCK, "Lock.acquire", False),
        (locks.Semaphore, "acquire", wire.W_SEMAPHORE, "Semaphore.acquire", False),
        (locks.Condition, "wait", wire.W_CONDITION, "Condition.wait", False),
        (locks.Condition, "wait_for", wire.W_CONDITION, "Condition.wait_for", False),
        (locks.Event, "wait", wire.W_EVENT, "Event.wait", False),
        (queues.Queue, "get", wire.W_QUEUE, "Queue.get", False),
        (queues.Queue, "put", wire.W_QUEUE, "Queue.put", False),
        (queues.Queue, "join", wire.W_QUEUE, "Queue.join", False),
        (streams.StreamReader, "readline", wire.W_IO, "StreamReader.readline", False),
        (streams.StreamReader, "readuntil", wire.W_IO, "StreamReader.readuntil", False),
        (streams.StreamReader, "read", wire.W_IO, "StreamReader.read", False),
        (streams.StreamReader, "readexactly", wire.W_IO, "StreamReader.readexactly", False),
        (streams.StreamWriter, "drain", wire.W_IO, "StreamWriter.drain", False),
        (streams, "open_connection", wire.W_IO, "open_connection", False),
        (streams, "start_server", wire.W_IO, "start_server", False),
        (subprocess.Process, "wait", wire.W_IO, "Process.wait", False),
        (subprocess.Process, "communicate", wire.W_IO, "Process.communicate", False),
        (base_events.BaseEventLoop, "create_connection", wire.W_IO, "create_connection", False),
        (base_events.BaseEventLoop, "create_server", wire.W_IO, "create_server", False),
        (base_events.BaseEventLoop, "getaddrinfo", wire.W_EXECUTOR, "getaddrinfo", False),
        (base_events.BaseEventLoop, "shutdown_default_executor", wire.W_EXECUTOR,
         "shutdown_default_executor", False),
    ]
    for name in ("sock_recv", "sock_recv_into", "sock_recvfrom", "sock_recvfrom_into",
                 "sock_sendall", "sock_sendto", "sock_connect", "sock_accept"):
        table.append((selector_events.BaseSelectorEventLoop, name, wire.W_IO, name, True))
    barrier = getattr(locks, "Barrier", None)
    if barrier is not None:
        table.append((barrier, "wait", wire.W_OTHER, "Barrier.wait", False))
    threads = getattr(asyncio, "threads", None)
    if threads is not None:
        table.append((threads, "to_thread", wire.W_EXECUTOR, "to_thread", False))
    taskgroups = getattr(asyncio, "taskgroups", None)
    if taskgroups is not None:
        for name in ("__aexit__", "_aexit"):
            table.append((taskgroups.TaskGroup, name, wire.W_GATHER, "TaskGroup", False))
    timeouts = getattr(asyncio, "timeouts", None)
    out: dict[int, tuple[int, str, bool]] = {}
    for owner, name, kind, detail, fd in table:
        fn = owner.__dict__.get(name) if isinstance(owner, type) else getattr(owner, name, None)
        code = getattr(fn, "__code__", None)
        if code is not None:
            out[id(code)] = (kind, detail, fd)
    del timeouts
    return out


KNOWN = _known_primitives()
# Kinds whose detail is fixed and whose future is never a task: the answer for a chain is
# computed once.
STATIC_KINDS = frozenset((wire.W_LOCK, wire.W_SEMAPHORE, wire.W_CONDITION, wire.W_EVENT,
                          wire.W_QUEUE, wire.W_IO, wire.W_OTHER))


def _wrapper_types() -> tuple[type, type, type]:
    async def agen() -> Any:
        yield None

    async def coro() -> None:
        pass
    g = agen()
    asend = g.asend(None)
    athrow = g.athrow(GeneratorExit)
    c = coro()
    cw = c.__await__()
    types_ = (type(asend), type(athrow), type(cw))
    asend.close()
    athrow.close()
    c.close()
    return types_


# anext(gen) / gen.athrow() awaitables, and coro.__await__()'s wrapper (an awaitable class
# whose __await__ returns `self._coro.__await__()`, as aiosqlite's results do).
ASEND, ATHROW, CORO_WRAPPER = _wrapper_types()


def _agen_of(wrapper: Any) -> Any:
    """The async generator / coroutine such a wrapper drives (it has no attribute for it;
    the garbage collector's referents are the only public way to reach it)."""
    for r in gc.get_referents(wrapper):
        tr = type(r)
        if tr is AsyncGeneratorType or tr is CoroutineType:
            return r
    return None


def make_analyzer(interner: Interner) -> Callable[[Any, Any], tuple[int, int, int, int]]:
    """Returns analyze(task, fut_waiter) -> (kind, detail sid, target task id, chain id).

    One walk collecting an int per coroutine level, one dict look-up of that tuple for the
    chain. The walk stops at the first known asyncio primitive, so the chain is the
    program's frames plus the primitive it is blocked in. (The hot path in loop.py mostly
    skips even this: see waitcache.)
    """
    chain_cache: dict[tuple[int, ...], tuple[int, Any, Any, Any]] = {}
    primitive_frames: dict[int, int] = {}
    s = interner.s
    known_get = KNOWN.get
    yield_sid = s("yield")
    sleep0_sid = s("sleep(0)")
    future_sid = s("future")
    gather_sids: dict[int, int] = {}

    def walk(coro: Any) -> tuple[list[int], list[tuple[Any, Any, Any]], Any, Any]:
        """One pass down the await chain from `coro` (cr_await / gi_yieldfrom / ag_await,
        through anext()/athrow()/__await__ wrappers), stopping at the first known asyncio
        primitive without looking inside it (no frame object is made for its frame).

        Returns (key parts: one int per level, (lasti << 48) | id(code), then -id(code) of
        the primitive; the levels [(awaitable, code, frame)] above the primitive; the
        primitive's coroutine or None; the type of what the walk stopped at otherwise)."""
        parts: list[int] = []
        levels: list[tuple[Any, Any, Any]] = []
        known_c = stop = None
        c = coro
        while True:
            tc = type(c)
            if tc is CoroutineType:
                code = c.cr_code
                if known_get(id(code)) is not None:
                    parts.append(-id(code))
                    known_c = c
                    break
                f = c.cr_frame
                nxt = c.cr_await
            elif tc is GeneratorType:
                code = c.gi_code
                if known_get(id(code)) is not None:
                    parts.append(-id(code))
                    known_c = c
                    break
                f = c.gi_frame
                nxt = c.gi_yieldfrom
            elif tc is AsyncGeneratorType:  # an @asynccontextmanager's generator
                code = c.ag_code
                if known_get(id(code)) is not None:
                    parts.append(-id(code))
                    known_c = c
                    break
                f = c.ag_frame
                nxt = c.ag_await
            elif tc is ASEND or tc is ATHROW or tc is CORO_WRAPPER:  # no frame of their own
                c = _agen_of(c)
                continue
            else:  # None (a bare yield), a future's iterator, ...
                stop = tc
                break
            if f is None:
                break
            parts.append((f.f_lasti << 48) | id(code))
            levels.append((c, code, f))
            c = nxt
        return parts, levels, known_c, stop

    def chain_entry(parts: list[int], levels: list[tuple[Any, Any, Any]], known_c: Any
                    ) -> tuple[int, Any, Any, Any]:
        """(chain id, the primitive's KNOWN entry, its fixed answer, its sleep(0) answer)
        for a walk's result, defined on first sight."""
        key = tuple(parts)
        entry = chain_cache.get(key)
        if entry is None:
            entry = define_chain(key, levels, known_c)
        return entry

    def define_chain(key: tuple[int, ...], levels: list[tuple[Any, Any, Any]], known_c: Any
                     ) -> tuple[int, Any, Any, Any]:
        fids = [interner.frame(f) for _c, _code, f in levels]
        known = None
        if known_c is not None:
            tk = type(known_c)
            code = known_c.cr_code if tk is CoroutineType else \
                known_c.gi_code if tk is GeneratorType else known_c.ag_code
            known = known_get(id(code))
            fid = primitive_frames.get(id(code))
            if fid is None:
                fid = primitive_frames[id(code)] = interner.define_frame(code, code.co_firstlineno)
            fids.append(fid)
        chain = interner.chain(tuple(fids))
        fast = sleep_fast = None
        if known is not None:
            if known[0] in STATIC_KINDS and known[2] == 0:
                fast = (known[0], s(known[1]), 0, chain)  # the same answer every time
            elif known[0] == wire.W_SLEEP:
                sleep_fast = (wire.W_SLEEP, sleep0_sid, 0, chain)  # when no future: sleep(0)
        entry = (chain, known, fast, sleep_fast)
        chain_cache[key] = entry
        return entry

    def analyze(task: Any, w: Any) -> tuple[int, int, int, int]:
        parts, levels, known_c, _stop = walk(task._coro)
        entry = chain_entry(parts, levels, known_c)
        return entry[2] or (w is None and entry[3]) or classify(entry, w, known_c)

    def classify(entry: tuple[int, Any, Any, Any], w: Any, known_c: Any
                 ) -> tuple[int, int, int, int]:
        """The answer for a chain whose answer is not fixed (entry[2] / entry[3])."""
        chain, known, fast, sleep_fast = entry
        if fast is not None:
            return fast
        if sleep_fast is not None and w is None:
            return sleep_fast

        if known is not None:
            kind = known[0]
            if known[2] == 2 and known_c is not None:  # a thread-pool wrapper: its detail
                try:
                    return kind, known_c.cr_frame.f_locals["_ls_detail"], 0, chain
                except Exception:
                    return kind, s(known[1]), 0, chain
            if kind == wire.W_SLEEP:
                if w is None:
                    return kind, sleep0_sid, 0, chain
                tag = getattr(w, TAG, None)
                return kind, (tag[1] if tag else s("sleep")), 0, chain
            target = getattr(w, "_ls_id", 0) if isinstance(w, _TaskTypes) else 0
            if kind == wire.W_EXECUTOR and w is not None:
                tag = getattr(w, TAG, None)
                if tag is not None:
                    return kind, tag[1], 0, chain
            if known[2] == 1 and known_c is not None:
                return kind, s(_with_fd(known[1], getattr(known_c, "cr_frame", None))), target, chain
            return kind, s(known[1]), target, chain
        if w is None:
            return wire.W_YIELD, yield_sid, 0, chain
        if isinstance(w, _TaskTypes):
            return wire.W_TASK, s(w.get_name()), getattr(w, "_ls_id", 0), chain
        if type(w) is _GatheringFuture:
            n = len(getattr(w, "_children", ()))
            sid = gather_sids.get(n)
            if sid is None:
                sid = gather_sids[n] = s(f"gather({n})")
            return wire.W_GATHER, sid, 0, chain
        tag = getattr(w, TAG, None)
        if tag is not None:
            return tag[0], tag[1], 0, chain
        return wire.W_FUTURE, future_sid, 0, chain

    analyze.walk = walk  # type: ignore[attr-defined]
    analyze.chain_entry = chain_entry  # type: ignore[attr-defined]
    analyze.classify = classify  # type: ignore[attr-defined]
    return analyze


def _with_fd(detail: str, frame: Any) -> str:
    try:
        sock = frame.f_locals.get("sock")
        return f"{detail} fd {sock.fileno()}"
    except Exception:
        return detail
