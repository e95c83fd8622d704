"""Warnings about the program: coroutines never awaited, tasks destroyed while pending,
exceptions never retrieved (seen through the loop's exception handler), and the record of
the uncaught exception that ended the program.
"""

from __future__ import annotations

import os
import sys
import warnings
from types import CoroutineType
from typing import Any

from . import wire
from .codefilter import innermost_program_tb, is_program_file

TRACER_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "")
from .session import Session

# Origin tracking depth the tracer asks for. If the depth is still this value when a
# coroutine is found unawaited, the program did not ask for origins itself, so the warning
# text is built without them, exactly as a plain run prints it.
# Depth 1 is the frame that called the coroutine function: the program's line when the
# program created the coroutine (the forgotten-await case). Each further level costs a
# line-number computation on every coroutine creation; measured on the overhead benchmark
# (3.11.2) depth 1 costs about what depth 0 does, depth 2 adds ~25% and depth 3 ~50% of
# the whole tracer's cost.
TRACKING_DEPTH = 1


def install_unawaited_hook(sess: Session) -> None:
    original = getattr(warnings, "_warn_unawaited_coroutine", None)
    if original is None:
        return

    def _warn_unawaited_coroutine(coro: Any) -> None:
        try:
            origin = getattr(coro, "cr_origin", None) or ()
            file, line = "", 0
            for f_file, f_line, _name in origin:  # innermost first
                if is_program_file(f_file):
                    file, line = f_file, f_line
                    break
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
    sys.set_coroutine_origin_tracking_depth(TRACKING_DEPTH)


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
            file, line = _last_wait_line(sess, getattr(task, "_ls_chain", 0))
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
