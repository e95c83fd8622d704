"""Warnings about the program: coroutines never awaited, tasks destroyed while pending,
exceptions never retrieved (seen through the loop's exception handler), and the record of
the uncaught exception that ended the program.
"""

from __future__ import annotations

import asyncio
import os
import sys
import warnings
from types import CoroutineType
from typing import Any

from . import wire
from .codefilter import innermost_program_frame, innermost_program_tb, is_program_file

TRACER_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "")
from .session import Session

# The tracer leaves coroutine origin tracking off: at depth 1 CPython computes a line number
# on every coroutine creation, a fifth of the whole tracer's cost on the overhead benchmark
# (84M of 471M added instructions, 3.11.2). The line that created a never-awaited coroutine
# is found when it is reported instead (creation_line). If the program turns tracking on
# itself (asyncio debug mode does), its origins are used, and printed as in a plain run.
TRACKING_DEPTH = 0


def install_unawaited_hook(sess: Session) -> None:
    original = getattr(warnings, "_warn_unawaited_coroutine", None)
    if original is None:
        return

    def _warn_unawaited_coroutine(coro: Any) -> None:
        try:
            file, line = creation_line(coro, sys._getframe(1))
            qual = getattr(coro, "__qualname__", "?")
            sess.warning(wire.WARN_NEVER_AWAITED, f"coroutine '{qual}' was never awaited",
                         file, line)
            sess.writer.flush()
        except Exception:
            sess.hook_failed()
        # Same message and stacklevel as warnings._warn_unawaited_coroutine (which is not
        # called: its stacklevel would then point at this hook). This function replaces the
        # original at the same call depth, so stacklevel=2 points at the same frame. The
        # origin lines ("Coroutine created at") are shown only when the program asked for
        # them (the depth is not the tracer's), without the tracer's own frames.
        msg = f"coroutine '{coro.__qualname__}' was never awaited"
        if sys.get_coroutine_origin_tracking_depth() != TRACKING_DEPTH:
            msg = _with_origin(msg, getattr(coro, "cr_origin", None))
        warnings.warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)

    warnings._warn_unawaited_coroutine = _warn_unawaited_coroutine  # type: ignore[attr-defined]


class LoopWatch:
    """Notes event loops that run without the tracer: uvloop, or asyncio's own loop after the
    program replaced the loop policy. The tracer sees nothing of them, and an empty timeline
    with status ok would tell the learner nothing happened; the warning at exit says why."""

    def __init__(self, traced: type) -> None:
        self.traced = traced
        self.untraced: str | None = None  # the first untraced loop's class
        self.traced_ran = False

    def install(self) -> None:
        # run_forever() announces its loop through events._set_running_loop, looked up at
        # call time; uvloop binds asyncio._set_running_loop when imported, after this runs.
        original = asyncio.events._set_running_loop

        def _set_running_loop(loop: Any) -> None:
            if loop is not None:
                if type(loop) is self.traced:
                    self.traced_ran = True
                elif self.untraced is None:
                    kind = type(loop)
                    self.untraced = f"{kind.__module__}.{kind.__qualname__}"
            original(loop)

        asyncio.events._set_running_loop = _set_running_loop  # type: ignore[attr-defined]
        asyncio._set_running_loop = _set_running_loop  # type: ignore[attr-defined]

    def report(self, sess: Session) -> None:
        if self.untraced is None:
            return
        if self.traced_ran:
            message = (f"an event loop Loopscope does not trace also ran ({self.untraced}): "
                       "its tasks are not on the timeline")
        else:
            message = (f"no traced event loop ran: the program ran its own event loop "
                       f"({self.untraced}), so none of its tasks are on the timeline; run it "
                       "on asyncio's default loop (no uvloop, no new loop policy) to see them")
        sess.warning(wire.WARN_OTHER, message)


def creation_line(coro: Any, dropper: Any) -> tuple[str, int]:
    """The program's line that created `coro`, a coroutine found never awaited while
    `dropper` ran (the frame whose last reference went: the frame Python's own warning
    names).

    - With origins (the program turned tracking on): the innermost program frame in them.
    - A program frame dropped it (`fetch()` as a statement, or `x = fetch()` ... `x = None`):
      the call of a function of that name it made last before that point.
    - It went with a task's frame when the task ended (`x = fetch()` and return): the
      last such call in the code of the task's coroutine.
    - Otherwise the program line that was running, which is what Python itself names."""
    origin = getattr(coro, "cr_origin", None)
    if origin:
        for f_file, f_line, _name in origin:  # innermost first
            if is_program_file(f_file):
                return f_file, f_line
    name = coro.cr_code.co_name
    frame = innermost_program_frame(dropper)
    if frame is dropper and frame is not None:
        line = _last_call_line(frame.f_code, name, frame.f_lasti)
        if line:
            return frame.f_code.co_filename, line
    task_code = _running_task_code()
    if task_code is not None and is_program_file(task_code.co_filename):
        line = _last_call_line(task_code, name, None)
        if line:
            return task_code.co_filename, line
    if frame is not None:
        return frame.f_code.co_filename, frame.f_lineno or 0
    return "", 0


def _last_call_line(code: Any, name: str, before: int | None) -> int:
    """Line of the last instruction loading `name` in `code` at or before offset `before`
    (anywhere when None), or in the code nested in it (a comprehension, a lambda)."""
    import dis
    best = (-1, 0)
    for ins in dis.get_instructions(code):
        if ins.argval == name and ins.opname.startswith("LOAD_") and \
                (before is None or ins.offset <= before) and ins.offset > best[0]:
            best = (ins.offset, ins.positions.lineno if ins.positions else 0)
    if best[1]:
        return best[1]
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            line = _last_call_line(const, name, None)
            if line:
                return line
    return 0


def _running_task_code() -> Any:
    """The code of the coroutine of the task the running traced loop is stepping."""
    try:
        loop = asyncio.events._get_running_loop()
        ctx = loop._ls.cur if loop is not None else None
        return ctx[5] if ctx is not None else None
    except Exception:
        return None


def _with_origin(msg: str, origin: Any) -> str:
    if origin is None:
        return msg
    import linecache
    import traceback
    entries = [(f, n, name, linecache.getline(f, n))
               for f, n, name in reversed(origin) if not f.startswith(TRACER_DIR)]
    lines = [msg + "\n", "Coroutine created at (most recent call last)\n"]
    lines += traceback.format_list(entries)
    return "".join(lines).rstrip("\n")


def _coro_program_line(coro: Any) -> tuple[str, int]:
    """Innermost frame of the program's own code in a suspended coroutine's await chain."""
    found = ("", 0)
    for _ in range(64):
        if type(coro) is CoroutineType:
            f, nxt = coro.cr_frame, coro.cr_await
        elif hasattr(coro, "gi_frame"):
            f, nxt = coro.gi_frame, getattr(coro, "gi_yieldfrom", None)
        else:
            break
        if f is None:
            break
        if is_program_file(f.f_code.co_filename):
            found = (f.f_code.co_filename, f.f_lineno or 0)
        coro = nxt
    return found


def _last_wait_line(sess: Session, chain: int) -> tuple[str, int]:
    """Innermost program frame of the await chain the task was last seen waiting in (its
    coroutine may already be closed when a garbage-collected task reports itself)."""
    found = ("", 0)
    interner = sess.interner
    for fid in interner.chain_frames.get(chain, ()):
        pos = interner.frame_pos.get(fid)
        if pos is not None and is_program_file(pos[0]):
            found = pos
    return found


def on_loop_exception(sess: Session, context: dict[str, Any]) -> None:
    message = str(context.get("message") or "")
    task = context.get("task") or context.get("future")
    exc = context.get("exception")
    if "destroyed but it is pending" in message:
        kind = wire.WARN_TASK_DESTROYED_PENDING
        file, line = _coro_program_line(task.get_coro()) if task is not None else ("", 0)
        if not file and task is not None:
            file, line = _last_wait_line(sess, sess.wait_chains.get(getattr(task, "_ls_id", 0), 0))
    elif "never retrieved" in message:
        kind = wire.WARN_EXCEPTION_NEVER_RETRIEVED
        where = innermost_program_tb(getattr(exc, "__traceback__", None))
        file, line = (where[0], where[1]) if where else ("", 0)
    else:
        kind = wire.WARN_OTHER
        file, line = "", 0
    text = message
    if task is not None and hasattr(task, "get_name"):
        try:
            text = f"{message} ({task.get_name()})"
        except Exception:
            pass
    if exc is not None:
        text = f"{text}: {type(exc).__qualname__}: {exc}"
    sess.warning(kind, text, file, line)
    sess.writer.flush()


def error_record(sess: Session, exc: BaseException, where: tuple[str, int] | None = None) -> None:
    """ERROR for the exception that ended the program (innermost frame of its own code)."""
    if where is None:
        found = innermost_program_tb(exc.__traceback__)
        where = (found[0], found[1]) if found else ("", 0)
    s = sess.interner.s
    try:
        message = str(exc)
    except Exception:
        message = ""
    sess.emit(wire.S_ERROR.pack(wire.SYNC, wire.ERROR, wire.N_ERROR, sess.now(),
                                s(type(exc).__qualname__), s(message), s(where[0]), where[1]))
    sess.writer.flush()
