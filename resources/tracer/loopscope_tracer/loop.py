"""The instrumented event loop: a SelectorEventLoop subclass plus a class-level wrapper
around `Handle._run`, installed through the loop policy.

Every handle that runs on a traced loop is timed. Each running handle has a *context*
`(waker kind, task id, callback name id)` so that whatever it schedules can say who woke it:
a task step, a timer, an I/O event, a thread (call_soon_threadsafe) or a program callback.
Internal asyncio callbacks inherit the context of whoever scheduled them, so the parent
woken through gather's internal done-callback is woken "by" the child task.

Per-handle bookkeeping is keyed by `id(handle)` and holds only ints, never the handle, so
tracing never keeps a task or future alive (that would hide "Task was destroyed but it is
pending!").
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import textwrap
import __future__
import sys
import threading
import time
import weakref
from asyncio import events, format_helpers, futures
from heapq import heappush
from types import CoroutineType, GeneratorType
from typing import Any

from . import jobs, wire
from .argtext import call_text
from .codefilter import innermost_program_frame, is_program_file
from .session import Session
from .steps import (PY_STEP_FUNCS, STEP_WRAPPER, TASK_TYPES, callable_name, internal_callback,
                    step_task)
from .waitcache import WaitCache
from .waitobjects import PRIMITIVE_KINDS
from .waits import TAG

Ctx = tuple[int, int, int, bytes, Any, Any]


def make_ctx(kind: int, task: int, name_sid: int, positions: Any = None, code: Any = None
             ) -> Ctx:
    """A handle's context: (waker kind, task id, callback name id, the WAKE record's tail
    for what it wakes, packed once, and for a task the table of cached wait answers by
    position in its coroutine's code (see waitcache) and that code)."""
    return (kind, task, name_sid, wire.WAKE_TAIL.pack(kind, 0, 0, task, name_sid), positions,
            code)


NO_CTX = make_ctx(wire.WK_UNKNOWN, 0, 0)
TIMER_CTX = make_ctx(wire.WK_TIMER, 0, 0)
IO_CTX = make_ctx(wire.WK_IO, 0, 0)
THREAD_CTX = make_ctx(wire.WK_THREAD, 0, 0)
NO_INFO = (NO_CTX, 0)
TIMER_INFO = (TIMER_CTX, 0)
IO_INFO = (IO_CTX, 0)
THREAD_INFO = (THREAD_CTX, 0)

# id()s, not the code objects: hashing a code object is slow (it hashes its contents).
LOOP_OWN_CODES = frozenset(
    id(getattr(getattr(asyncio.BaseEventLoop, name, None), "__code__", None))
    for name in ("shutdown_asyncgens", "shutdown_default_executor")) - {id(None)}
_SYNC = wire.SYNC
VIRTUAL_SLACK_S = 0.001  # virtual clock: timers due within this of the first fire together


def disguise_run(fn: Any, orig: Any) -> Any:
    """`fn` recompiled so that its frame looks like asyncio's own Handle._run: file
    asyncio/events.py, and the line that runs the callback is the line of
    `self._context.run(...)` in the original. Whatever shows a stack to the learner (the
    "coroutine ... was never awaited" warning's location, debug mode's "created at"
    tracebacks, traceback.print_stack) then prints the same line and source text as a plain
    run instead of a tracer frame. Same code, same closure; any failure keeps `fn` as is."""
    try:
        src_lines, _ = inspect.getsourcelines(fn)
        orig_lines, orig_first = inspect.getsourcelines(orig)
        target = orig_first + next(i for i, line in enumerate(orig_lines)
                                   if "self._context.run(" in line)
        body = textwrap.dedent("".join(src_lines))
        free = fn.__code__.co_freevars
        factory = f"def _make({', '.join(free)}):\n" + textwrap.indent(body, "    ") + \
            f"    return {fn.__name__}\n"
        at = next(i for i, line in enumerate(factory.splitlines())
                  if "self._context.run(cb, *self._args)" in line) + 1
        if at > target:
            return fn
        code = compile("\n" * (target - at) + factory, orig.__code__.co_filename, "exec",
                       flags=__future__.annotations.compiler_flag, dont_inherit=True)
        ns: dict[str, Any] = {}
        exec(code, fn.__globals__, ns)
        cells = [c.cell_contents for c in (fn.__closure__ or ())]
        new = ns["_make"](*cells)
        new.__qualname__ = orig.__qualname__
        return new
    except Exception:
        return fn


class LoopState:
    """Tracer bookkeeping for one loop; reached as `loop._ls`."""

    def __init__(self, loop_id: int) -> None:
        self.id = loop_id
        self.cur: Ctx = NO_CTX  # context of the handle running now
        self.h_t0 = 0  # start time of the running handle, 0 = none (read by the watchdog)
        self.blocked_reported = -1  # h_t0 of the last handle the watchdog reported
        # The watchdog's own: the handle it follows (its h_t0) and when its next
        # STEP_RUNNING is due.
        self.watch_t0 = 0
        self.watch_next = 0
        self.paused = False  # step mode: time paused before a handle is not blocking
        self.thread_ident = 0
        # id(handle) -> (context, callback id), for handles scheduled with call_soon; two
        # generations so entries of handles cancelled before running age out.
        self.hinfo: dict[int, tuple[Ctx, int]] = {}
        self.hinfo_old: dict[int, tuple[Ctx, int]] = {}
        # id(callback) -> info for call_soon_threadsafe: registered before the handle exists,
        # so the loop thread can never run it before we know where it came from.
        self.ts_pending: dict[int, tuple[Ctx, int]] = {}
        # id(timer handle) -> (info, weakref) for program timer callbacks (long-lived).
        self.timer_cbs: dict[int, tuple[tuple[Ctx, int], Any]] = {}
        # id(timer handle) -> (timer id, what, task, callback id, name sid) for every timer
        # scheduled and not yet fired or cancelled (TIMER records; the handle is alive in
        # the loop's heap while it is listed, so its id() cannot be reused meanwhile).
        self.timers: dict[int, tuple[int, int, int, int, int]] = {}
        self.in_call_later = False
        self.eager_call: tuple[Any, str] | None = None  # (coro, call text) in create_task
        self.later_delay: Any = None
        self.later_caller: Any = None  # call_later's caller frame while it calls call_at
        self.jobs = jobs.PendingJobs()
        self.next_flush = 0  # clock time after which select() flushes the buffer


class TracedEventLoop(asyncio.SelectorEventLoop):
    """The loop the policy hands to asyncio.run(); hooks are bound in `install()`."""

    _ls: LoopState


class TracedEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self) -> asyncio.AbstractEventLoop:
        return TracedEventLoop()


def install(sess: Session) -> None:
    """Bind the hooks to this session and patch Handle._run."""
    pc = time.perf_counter_ns
    monotonic = time.monotonic
    clk = sess.clock
    writer = sess.writer
    append = writer.append
    flush = writer.flush
    intern = sess.interner.s
    analyze = sess.analyze
    wait_objects = sess.wait_objects
    stepper = sess.stepper
    wait_chains = sess.wait_chains
    wait_cache = WaitCache(sess)
    positions_of = wait_cache.positions_of
    walk_tail = wait_cache.walk_tail
    variable_tail = wait_cache.variable_tail
    object_waited_on = wait_cache.object_waited_on
    object_tail = wait_cache.object_tail
    pack_timer = wire.S_TIMER.pack
    pack_task_new = wire.S_TASK_NEW.pack
    N_TASK_NEW = wire.N_TASK_NEW
    TIMER, N_TIMER = wire.TIMER, wire.N_TIMER
    get_ident = threading.get_ident
    getframe = sys._getframe
    pack_step = wire.S_STEP.pack
    pack_step_t = wire.S_STEP_TIMES.pack
    pack_tail = wire.STEP_TAIL.pack
    DONE_TAIL = pack_tail(1, 0, 0, 0, 0, 0, 0)
    pack_wake_t = wire.S_WAKE_TIME.pack
    WAKE_HEAD, STEP_HEAD = wire.WAKE_HEAD, wire.STEP_HEAD
    pack_end = wire.S_TASK_END.pack
    pack_cb_run = wire.S_CB_RUN.pack
    STEP, N_STEP = wire.STEP, wire.N_STEP
    CB_RUN, N_CB_RUN = wire.CB_RUN, wire.N_CB_RUN
    TimerHandle = events.TimerHandle
    Handle = events.Handle
    new_handle = object.__new__
    copy_context = contextvars.copy_context
    BuiltinMethodType = type(len)
    MethodType = type(sess.now)
    set_result_unless_cancelled = futures._set_result_unless_cancelled  # type: ignore[attr-defined]
    orig_run = events.Handle._run
    base = asyncio.SelectorEventLoop
    tasks_mod = asyncio.tasks
    threadsafe_inline = "_ThreadSafeHandle" not in base.call_soon_threadsafe.__code__.co_names
    sleep_sids: dict[str, int] = {}
    internal_timer_names: dict[Any, int] = {}
    to_thread_code = getattr(getattr(asyncio, "threads", None), "to_thread", None)
    to_thread_code = getattr(to_thread_code, "__code__", None)

    def task_end(task: Any, tid: int, t: int) -> None:
        wait_chains.pop(tid, None)
        exc_sid = 0
        if task.cancelled():
            state = wire.END_CANCELLED
        else:
            e = task._exception  # not .exception(): that would mark it retrieved
            if e is None:
                state = wire.END_DONE
            else:
                state = wire.END_FAILED
                try:
                    exc_sid = intern(f"{type(e).__qualname__}: {e}")
                except Exception:
                    exc_sid = intern(type(e).__qualname__)
        append(pack_end(_SYNC, wire.TASK_END, wire.N_TASK_END, t, tid, state, 0, 0, exc_sid,
                        intern(task.get_name())))

    def register_task(task: Any, st: LoopState, t: int, coro: Any = None) -> int:
        if coro is None:
            # Never for a finished task: 3.12.1 crashes in get_coro() of a task that
            # completed eagerly (its coroutine is already cleared).
            coro = task.get_coro()
        code = getattr(coro, "cr_code", None)
        if id(code) in LOOP_OWN_CODES:
            task._ls_id = -1  # the loop's own shutdown tasks are not the program's
            task._ls_ctx = NO_CTX
            return -1
        tid = sess.next_task_id()
        task._ls_id = tid
        task._ls_ctx = make_ctx(wire.WK_TASK, tid, 0, positions_of(coro), code)
        cur = st.cur
        parent = cur[1] if cur[0] == wire.WK_TASK else 0
        qual = getattr(coro, "__qualname__", None) or type(coro).__qualname__
        f = innermost_program_frame(getframe(1))
        file_sid, line = (intern(f.f_code.co_filename), f.f_lineno or 0) if f else (0, 0)
        eager = st.eager_call
        call = eager[1] if eager is not None and eager[0] is coro else call_text(coro)
        data = call.encode("utf-8", "replace")
        append(pack_task_new(_SYNC, wire.TASK_NEW, N_TASK_NEW + len(data), t, tid, st.id, parent,
                             intern(task.get_name()), intern(qual), file_sid, line,
                             intern(code.co_filename) if code is not None else 0) + data)
        return tid

    def record_step(task: Any, tid: int, t0: int, t1: int) -> None:
        if task.done():
            append(pack_step(_SYNC, STEP, N_STEP, t0, t1, tid, 1, 0, 0, 0, 0, 0, 0))
            task_end(task, tid, t1)
        else:
            kind, detail, target, chain = analyze(task, task._fut_waiter)
            obj = wait_objects.of_task(task)[0] if kind in PRIMITIVE_KINDS else 0
            append(pack_step(_SYNC, STEP, N_STEP, t0, t1, tid, 0, kind, 0, detail, target, chain,
                             obj))

    def slow_callback(loop: Any, handle: Any, seconds: float) -> None:
        try:
            label = events._format_handle(handle)  # type: ignore[attr-defined]
        except Exception:
            label = type(handle).__name__
        sess.warning(wire.WARN_SLOW_CALLBACK, f"Executing {label} took {seconds:.3f} seconds")

    # --- Handle._run ----------------------------------------------------------------------
    # The body of the original `_run` is inlined (same try/except, same exception handler
    # context) rather than called, to save a Python frame per handle.

    fmt_source = format_helpers._format_callback_source  # type: ignore[attr-defined]
    fmt_takes_debug = "debug" in inspect.signature(fmt_source).parameters

    def callback_failed(handle: Any, exc: BaseException) -> None:
        if fmt_takes_debug:
            cb = fmt_source(handle._callback, handle._args, debug=handle._loop.get_debug())
        else:
            cb = fmt_source(handle._callback, handle._args)
        context = {"message": f"Exception in callback {cb}", "exception": exc, "handle": handle}
        if handle._source_traceback:
            context["source_traceback"] = handle._source_traceback
        handle._loop.call_exception_handler(context)

    class TaskStepHandle(Handle):
        """The handle call_soon makes for a task's step: it carries the task and its context,
        so that _run knows them without a look-up. Named Handle, so its repr is Handle's.
        (The task lives no longer for it: the handle's callback holds the task too, and
        nothing cancels a step's handle; the loop drops it once it ran.)"""
        __slots__ = ("_ls_ctx", "_ls_task")

    TaskStepHandle.__name__ = TaskStepHandle.__qualname__ = "Handle"

    def handle_info(handle: Any, st: LoopState, cb: Any) -> tuple[Any, Ctx, int, int]:
        """(task, context, task id, callback id) for a handle that is no TaskStepHandle: a
        task step scheduled in debug mode, or a timer, I/O, thread or program callback."""
        task = step_task(cb)
        if task is not None:
            ctx = getattr(task, "_ls_ctx", None)
            if ctx is None:
                try:
                    register_task(task, st, pc() - clk.base)
                except Exception:
                    sess.hook_failed()
                ctx = getattr(task, "_ls_ctx", NO_CTX)
            return task, ctx, ctx[1], 0
        key = id(handle)
        info = st.hinfo.pop(key, None)
        if info is None:
            info = st.hinfo_old.pop(key, None)
            if info is None:
                if type(handle) is TimerHandle:
                    entry = st.timer_cbs.pop(key, None) if st.timer_cbs else None
                    info = entry[0] if entry is not None and entry[1]() is handle else TIMER_INFO
                    tm = st.timers.pop(key, None)
                    if tm is not None:
                        append(pack_timer(_SYNC, TIMER, N_TIMER, pc() - clk.base, tm[0],
                                          2, 0, 0, 0, 0, 0, 0))
                elif st.ts_pending:
                    info = st.ts_pending.pop(id(cb), NO_INFO)
                else:
                    info = NO_INFO
        return None, info[0], 0, info[1]

    def _run(self: Any) -> None:
        loop = self._loop
        if type(self) is TaskStepHandle:  # made by call_soon below, on a traced loop
            st = loop._ls
            ctx = self._ls_ctx
            tid = ctx[1]
            if not tid:
                return orig_run(self)
            task = self._ls_task
            cb = self._callback
            cb_id = 0
        else:
            if type(loop) is not TracedEventLoop:
                return orig_run(self)
            st = loop._ls
            cb = self._callback
            task, ctx, tid, cb_id = handle_info(self, st, cb)
            if task is not None and not tid:
                return orig_run(self)
        if stepper is not None and (tid or cb_id):
            stepper.before(loop, st, task, tid, cb_id, cb)
        st.cur = ctx
        b = clk.base  # virtual jumps and pauses happen only between handles
        t0 = pc() - b
        st.h_t0 = t0
        try:
            self._context.run(cb, *self._args)  # RUN LINE: see disguise_run()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            callback_failed(self, exc)
        finally:
            t1 = pc() - b
            st.h_t0 = 0
            st.cur = NO_CTX  # handles never nest: a running loop cannot be run again
            try:
                if tid:
                    # A suspended coroutine has a frame; one that ended has none (or the
                    # task let go of it), which spares asking task.done() every step.
                    positions = ctx[4]
                    c = task._coro
                    f = c.cr_frame if positions is not None and c is not None else None
                    if f is None and task.done():
                        append(pack_step_t(STEP_HEAD, t0, t1, tid, DONE_TAIL))
                        task_end(task, tid, t1)
                    else:
                        # What the task now waits on (analyze(), inlined: the hottest
                        # path). The answer cached for the position of the task's own
                        # frame holds if the task awaits the same thing there (a Hit's
                        # guard, see waitcache); otherwise the full walk.
                        w = task._fut_waiter
                        hit = None
                        if f is not None:
                            hit = positions.get(f.f_lasti)
                            if hit is not None:
                                n = c.cr_await
                                tn = type(n)
                                if tn is CoroutineType:
                                    if n.cr_code is not hit[0]:
                                        hit = None
                                    elif hit[1] >= 0:  # a helper over the primitive
                                        p = n.cr_await
                                        if type(p) is CoroutineType and \
                                                p.cr_code is hit[2] and \
                                                n.cr_frame.f_lasti == hit[1]:
                                            n = p
                                        else:
                                            hit = None
                                elif tn is GeneratorType:
                                    if n.gi_code is not hit[0]:
                                        hit = None
                                elif tn is not hit[0]:
                                    hit = None
                        if hit is None:
                            tail, chain = walk_tail(task, w, c, positions)
                        else:
                            chain = hit[7]
                            tail = hit[3] if w is None else hit[4]
                            if tail is None:
                                tails = hit[5]
                                if tails is None:
                                    tail = variable_tail(hit, w, n)
                                else:  # an asyncio primitive: which one (see waitobjects)
                                    # The one seen here last, if the future the task now
                                    # awaits is the newest in its waiter queue; else read
                                    # from the primitive's frame (slower: builds f_locals).
                                    last = hit[9]
                                    o = last[0]()
                                    try:
                                        if o is not None and getattr(o, hit[10])[-1] is w:
                                            obj = last[1]
                                        else:
                                            obj = object_waited_on(hit, n, task)
                                    except Exception:
                                        obj = 0
                                    tail = tails.get(obj)
                                    if tail is None:
                                        tail = object_tail(hit, obj)
                        append(pack_step_t(STEP_HEAD, t0, t1, tid, tail))
                        wait_chains[tid] = chain
                elif cb_id:
                    append(pack_cb_run(_SYNC, CB_RUN, N_CB_RUN, t0, t1, cb_id))
                if loop._debug and t1 - t0 >= loop.slow_callback_duration * 1e9:
                    slow_callback(loop, self, (t1 - t0) / 1e9)
            except Exception:
                sess.hook_failed()
        self = None  # noqa: F841 -- like the original: break cycles after an exception
        return None

    events.Handle._run = disguise_run(_run, orig_run)  # type: ignore[method-assign]
    sess.run_code = events.Handle._run.__code__  # the watchdog finds the running handle by it

    # --- scheduling -------------------------------------------------------------------------
    # call_soon / call_at / call_later / call_soon_threadsafe / create_task mirror the
    # bodies of BaseEventLoop's (identical in 3.11-3.13) instead of calling them, so debug
    # mode's `_source_traceback` has the same frames as in a plain run.

    def program_callback(callback: Any, caller: Any) -> bool:
        """Did the program's own code schedule this callback? Decided by the frame that
        called call_soon/call_later/... (program code, not asyncio or a library), so bound
        built-in methods (fut.set_result, sock.send) and public stdlib methods
        (queue.put_nowait) the program schedules are listed; asyncio's own private
        callbacks, which C futures schedule while a program frame happens to be running,
        are not."""
        if caller is None or not is_program_file(caller.f_code.co_filename):
            return False
        return not internal_callback(callback)

    def new_callback(callback: Any, how: int) -> tuple[Ctx, int]:
        cb_id = sess.next_callback_id()
        name_sid = intern(callable_name(callback))
        sess.callback_names[cb_id] = name_sid
        append(wire.S_CB_SCHED.pack(_SYNC, wire.CB_SCHED, wire.N_CB_SCHED, pc() - clk.base,
                                    cb_id, name_sid, how))
        ctx = THREAD_CTX if how == wire.HOW_THREADSAFE else make_ctx(wire.WK_CALLBACK, 0, name_sid)
        return ctx, cb_id

    def call_soon(self: Any, callback: Any, *args: Any, context: Any = None) -> Any:
        if self._closed:  # _check_closed(), inlined
            raise RuntimeError("Event loop is closed")
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_soon")
        st = self._ls
        task = None
        try:
            tcb = type(callback)
            if tcb is STEP_WRAPPER:
                task = callback.__self__
            elif tcb is BuiltinMethodType:
                if callback.__name__ == "task_wakeup":
                    task = callback.__self__
            elif tcb is MethodType and callback.__func__ in PY_STEP_FUNCS:
                task = callback.__self__
            if task is not None:
                ctx = getattr(task, "_ls_ctx", None)
                if ctx is None:  # its first step
                    register_task(task, st, pc() - clk.base)
                    ctx = getattr(task, "_ls_ctx", NO_CTX)
                elif ctx[1] > 0:
                    cur = st.cur
                    # A task rescheduling itself (bare yield, sleep(0)) gets no WAKE: its
                    # STEP says so and the waker could only be itself.
                    if cur is not ctx:
                        append(pack_wake_t(WAKE_HEAD, pc() - clk.base, ctx[1], cur[3]))
        except Exception:
            sess.hook_failed()
            task = None
        if self._debug:
            h = self._call_soon(callback, args, context)
            if h._source_traceback:
                del h._source_traceback[-1]
        else:
            # _call_soon() and Handle.__init__(), inlined (identical in 3.11-3.13): without
            # debug mode there is no source traceback, and this saves two Python calls (the
            # constructor and its get_debug()) on the path every task step takes.
            if task is None:
                h = new_handle(Handle)
            else:
                h = new_handle(TaskStepHandle)
                h._ls_ctx = ctx
                h._ls_task = task
            h._context = copy_context() if context is None else context
            h._loop = self
            h._callback = callback
            h._args = args
            h._cancelled = False
            h._repr = None
            h._source_traceback = None
            self._ready.append(h)
        if task is None:
            try:
                if program_callback(callback, getframe(1)):
                    st.hinfo[id(h)] = new_callback(callback, wire.HOW_CALL_SOON)
                else:
                    st.hinfo[id(h)] = (st.cur, 0)
            except Exception:
                sess.hook_failed()
        return h

    def call_later(self: Any, delay: Any, callback: Any, *args: Any, context: Any = None) -> Any:
        if delay is None:
            raise TypeError("delay must not be None")
        st = self._ls
        st.in_call_later = True
        st.later_delay = delay
        st.later_caller = getframe(1)
        try:
            timer = self.call_at(self.time() + delay, callback, *args, context=context)
        finally:
            st.in_call_later = False
            st.later_caller = None
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self: Any, when: Any, callback: Any, *args: Any, context: Any = None) -> Any:
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heappush(self._scheduled, timer)
        timer._scheduled = True
        try:
            st = self._ls
            later = st.in_call_later
            st.in_call_later = False
            if callback is set_result_unless_cancelled:
                # asyncio.sleep(): label the future it waits on with the requested delay.
                delay = st.later_delay if later else when - self.time()
                label = f"sleep({delay:.4g})"
                sid = sleep_sids.get(label)
                if sid is None:
                    sid = sleep_sids[label] = intern(label)
                args[0].__setattr__(TAG, (wire.W_SLEEP, sid))
                cur = st.cur
                tm = (sess.next_timer_id(), wire.TW_SLEEP, cur[1] if cur[0] == wire.WK_TASK else 0,
                      0, sid)
            elif program_callback(callback, st.later_caller if later else getframe(1)):
                info = new_callback(callback, wire.HOW_CALL_LATER if later else wire.HOW_CALL_AT)
                st.timer_cbs[id(timer)] = (info, weakref.ref(timer))
                tm = (sess.next_timer_id(), wire.TW_CALLBACK, 0, info[1],
                      sess.callback_names.get(info[1], 0))
            else:
                cur = st.cur
                # Keyed by code object: a bound method or partial as key would keep its
                # object alive.
                code = getattr(getattr(callback, "__func__", callback), "__code__", None)
                name = internal_timer_names.get(code) if code is not None else None
                if name is None:
                    name = intern(callable_name(callback))
                    if code is not None and len(internal_timer_names) < 256:
                        internal_timer_names[code] = name
                tm = (sess.next_timer_id(), wire.TW_OTHER, cur[1] if cur[0] == wire.WK_TASK else 0,
                      0, name)
            st.timers[id(timer)] = tm
            t = pc() - clk.base
            append(pack_timer(_SYNC, TIMER, N_TIMER, t, tm[0], 0, tm[1], 0,
                              t + int((when - self.time()) * 1e9), tm[2], tm[3], tm[4]))
        except Exception:
            sess.hook_failed()
        return timer

    def call_soon_threadsafe(self: Any, callback: Any, *args: Any, context: Any = None) -> Any:
        # Registered before the handle exists, so the loop thread can never run it before
        # we know where it came from.
        key = id(callback)
        st = self._ls
        try:
            if program_callback(callback, getframe(1)):
                st.ts_pending[key] = new_callback(callback, wire.HOW_THREADSAFE)
            else:
                st.ts_pending[key] = THREAD_INFO
        except Exception:
            sess.hook_failed()
        try:
            if not threadsafe_inline:
                return base.call_soon_threadsafe(self, callback, *args, context=context)
            self._check_closed()
            if self._debug:
                self._check_callback(callback, "call_soon_threadsafe")
            handle = self._call_soon(callback, args, context)
            if handle._source_traceback:
                del handle._source_traceback[-1]
            self._write_to_self()
            return handle
        except BaseException:
            st.ts_pending.pop(key, None)
            raise

    def create_task(self: Any, coro: Any, *, name: Any = None, context: Any = None,
                    **kwargs: Any) -> Any:
        if self._task_factory is None and not kwargs:
            self._check_closed()
            task = tasks_mod.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]
            return task
        # A task factory (3.12+ eager_task_factory) may run the first step right here, so
        # the call's arguments are read before it can change them.
        st = self._ls
        try:
            st.eager_call = (coro, call_text(coro))
        except Exception:
            sess.hook_failed()
        t0 = pc() - clk.base
        try:
            task = base.create_task(self, coro, name=name, context=context, **kwargs)
            try:
                if isinstance(task, TASK_TYPES):
                    t1 = pc() - clk.base
                    started = task.done() or bool(getattr(coro, "cr_suspended", False))
                    if started:
                        tid = getattr(task, "_ls_id", 0) or register_task(task, st, t0, coro)
                        if tid > 0:
                            record_step(task, tid, t0, t1)
            except Exception:
                sess.hook_failed()
        finally:
            st.eager_call = None
        return task

    # --- the selector: loop iterations, I/O wakeups, virtual clock ----------------------------

    def jump_to(loop: Any, timeout: float) -> float:
        """How far the virtual clock jumps: to the earliest timer, or further to the latest
        timer due within VIRTUAL_SLACK_S of it. A real select() oversleeps a little (epoll
        rounds up to the millisecond, the scheduler adds more) and the loop then runs every
        timer due by `now + clock_resolution` in the same iteration, so timers due within
        about a millisecond of each other fire together there; an exact jump would run
        them one iteration apart (e.g. two tasks failing "at the same time" in a TaskGroup:
        the second would see its cancellation instead of raising)."""
        sched = loop._scheduled
        if not sched:
            return timeout
        limit = sched[0]._when + VIRTUAL_SLACK_S
        latest = sched[0]._when
        n = len(sched)
        todo = [0]
        while todo:  # the heap's entries due by `limit` (a subtree walk, pruned)
            i = todo.pop()
            w = sched[i]._when
            if w > limit:
                continue
            if w > latest:
                latest = w
            c = 2 * i + 1
            if c < n:
                todo.append(c)
                if c + 1 < n:
                    todo.append(c + 1)
        return max(timeout, latest - loop.time())

    def wrap_selector(loop: Any, st: LoopState) -> None:
        selector = loop._selector
        orig_select = selector.select
        pack_iter = wire.S_LOOP_ITER_H.pack
        ITER_HEAD = wire.LOOP_ITER_HEAD
        loop_id = st.id
        virtual = clk.virtual
        EVENT_READ = 1

        def select(timeout: float | None = None) -> Any:
            try:
                # Age the handle infos by one generation (no new dict when there is none).
                if st.hinfo:
                    st.hinfo_old = st.hinfo
                    st.hinfo = {}
                elif st.hinfo_old:
                    st.hinfo_old = {}
                t_start = pc() - clk.base
                # Before waiting, and at least every 10 ms while the loop is busy, so the
                # host's view stays live. (Records pile up only within one iteration.)
                if timeout != 0 or t_start > st.next_flush:
                    st.next_flush = t_start + 10_000_000
                    flush()
            except Exception:
                sess.hook_failed()
                return orig_select(timeout)
            if virtual and timeout is not None and timeout > 0:
                ev = orig_select(0)
                if not ev:
                    if st.jobs.count == 0 and len(sess.running_loops) <= 1:
                        clk.jump(jump_to(loop, timeout))
                    else:
                        ev = orig_select(timeout)
            else:
                ev = orig_select(timeout)
            try:
                t_end = pc() - clk.base
                if ev:
                    hinfo = st.hinfo
                    for key, mask in ev:
                        data = key.data
                        if type(data) is tuple:
                            reader, writer_ = data
                            if mask & EVENT_READ and reader is not None:
                                hinfo[id(reader)] = IO_INFO
                            if mask & 2 and writer_ is not None:
                                hinfo[id(writer_)] = IO_INFO
                append(pack_iter(ITER_HEAD, t_start, t_end,
                                 0 if timeout == 0 else -1 if timeout is None else int(timeout * 1e9),
                                 len(loop._ready) + len(ev), len(loop._scheduled), loop_id))
            except Exception:
                sess.hook_failed()
            return ev

        selector.select = select

    # --- lifecycle ----------------------------------------------------------------------------

    def __init__(self: Any, selector: Any = None) -> None:
        self._ls = LoopState(sess.next_loop_id())
        base.__init__(self, selector)
        try:
            wrap_selector(self, self._ls)
        except Exception:
            sess.hook_failed()

    def run_forever(self: Any) -> None:
        st = self._ls
        st.thread_ident = get_ident()
        sess.running_loops.append(st)
        from . import watchdog
        watchdog.ensure_started(sess)
        try:
            return base.run_forever(self)
        finally:
            try:
                sess.running_loops.remove(st)
            except ValueError:
                pass
            flush()

    def close(self: Any) -> None:
        was_closed = self._closed
        try:
            base.close(self)
        finally:
            st = self._ls
            if not was_closed and self._closed:
                try:
                    append(wire.S_LOOP_CLOSE.pack(_SYNC, wire.LOOP_CLOSE, wire.N_LOOP_CLOSE,
                                                  pc() - clk.base, st.id))
                except Exception:
                    sess.hook_failed()
            st.hinfo.clear()
            st.hinfo_old.clear()
            st.timer_cbs.clear()
            st.timers.clear()
            flush()

    def _timer_handle_cancelled(self: Any, handle: Any) -> None:
        base._timer_handle_cancelled(self, handle)
        try:
            tm = self._ls.timers.pop(id(handle), None)
            if tm is not None:
                append(pack_timer(_SYNC, TIMER, N_TIMER, pc() - clk.base, tm[0], 1, 0, 0, 0, 0,
                                  0, 0))
        except Exception:
            sess.hook_failed()

    def loop_time(self: Any) -> float:
        return monotonic() + clk.offset_s

    def run_in_executor(self: Any, executor: Any, func: Any, *args: Any) -> Any:
        return jobs.run_in_executor(sess, base, self, executor, func, args,
                                    getframe(1).f_code is to_thread_code)

    def call_exception_handler(self: Any, context: dict[str, Any]) -> None:
        from . import diagnostics
        try:
            diagnostics.on_loop_exception(sess, context)
        except Exception:
            sess.hook_failed()
        return base.call_exception_handler(self, context)

    for fn in (__init__, run_forever, close, call_soon, call_later, call_at,
               call_soon_threadsafe, create_task, run_in_executor, call_exception_handler,
               _timer_handle_cancelled):
        setattr(TracedEventLoop, fn.__name__, fn)
    if clk.virtual or stepper is not None:  # step mode: loop time leaves out paused time
        TracedEventLoop.time = loop_time  # type: ignore[method-assign]
    asyncio.set_event_loop_policy(TracedEventLoopPolicy())
