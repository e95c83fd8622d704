"""Behaviour checks for Loopscope exercises (lessons/EXERCISES.md).

A harness imports the learner's file as the module ``learner`` and records named results with
``check`` / ``expect_equal``. Results go to the JSON file named by LOOPSCOPE_HARNESS_RESULTS,
never to stdout, so nothing the learner prints can pass for a result. The variable is taken
out of the environment when this module is imported, before the learner's code runs, so the
learner's module cannot find the file through os.environ either.

Standard library only: it runs under whatever interpreter runs the exercise.
"""

from __future__ import annotations

import asyncio
import atexit
import importlib.util
import json
import os
import sys
import traceback
from types import ModuleType, TracebackType
from typing import Any, Awaitable, NoReturn

__all__ = ["load_learner", "check", "expect_equal", "finishes_within", "learner_path",
           "describe_exception", "results"]

SCHEMA = "loopscope.harness-results/1"

_results_path: str | None = os.environ.pop("LOOPSCOPE_HARNESS_RESULTS", None)
_results: list[dict[str, Any]] = []
_finished = False
_learner_path: str | None = None


def results() -> list[dict[str, Any]]:
    """What was recorded so far (a copy), for harnesses that want to look back."""
    return [dict(r) for r in _results]


def _write() -> None:
    # Rewritten after every result, so a harness killed by the timeout still reports what it
    # had checked; the rename makes each version appear whole.
    if not _results_path:
        return
    data = {"schema": SCHEMA, "finished": _finished, "results": _results}
    tmp = f"{_results_path}.tmp{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(tmp, _results_path)
    except OSError as e:
        print(f"loopscope_harness: cannot write results: {e}", file=sys.__stderr__)


def _record(name: str, ok: bool, message: str) -> bool:
    _results.append({"name": str(name), "ok": bool(ok), "message": str(message)})
    _write()
    return bool(ok)


def check(name: str, ok: Any, message_if_failed: str = "", message_if_passed: str = "") -> bool:
    """Records one named result; returns whether it passed."""
    passed = bool(ok)
    return _record(name, passed, (message_if_passed or "as expected") if passed
                   else (message_if_failed or "failed"))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def expect_equal(name: str, actual: Any, expected: Any, message_if_failed: str = "") -> bool:
    """Records whether actual == expected; the default message shows both values."""
    if actual == expected:
        return _record(name, True, f"got {_short(actual)}")
    message = message_if_failed or f"got {_short(actual)}; expected {_short(expected)}"
    return _record(name, False, message)


def learner_path() -> str:
    if len(sys.argv) < 2:
        raise SystemExit("loopscope_harness: the learner's file must be the first argument")
    return os.path.abspath(sys.argv[1])


def _learner_line(tb: TracebackType | None) -> int | None:
    """The last line of the learner's own file in a traceback: where their code went wrong."""
    path = _learner_path or (learner_path() if len(sys.argv) > 1 else None)
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if path and os.path.abspath(frame.f_code.co_filename) == path:
            line = lineno
    return line


def describe_exception(exc: BaseException) -> str:
    """'ValueError: bad input (your line 12)': the exception in the learner's terms."""
    if isinstance(exc, SyntaxError) and exc.filename and _learner_path \
            and os.path.abspath(exc.filename) == _learner_path:
        return f"your file has a syntax error on line {exc.lineno}: {exc.msg}"
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, AttributeError) and getattr(exc, "obj", None) is sys.modules.get("learner"):
        text = f"your file has no {exc.name!r} (AttributeError: {exc})"
    line = _learner_line(exc.__traceback__)
    if line is not None:
        text += f" (your line {line})"
    return text


def load_learner() -> ModuleType:
    """Imports sys.argv[1] as the module "learner" without running its __main__ block."""
    global _learner_path
    _learner_path = learner_path()
    spec = importlib.util.spec_from_file_location("learner", _learner_path)
    if spec is None or spec.loader is None:
        _record("your file imports", False, f"cannot import {_learner_path}")
        _end(3)
    module = importlib.util.module_from_spec(spec)
    sys.modules["learner"] = module
    try:
        spec.loader.exec_module(module)
    except SystemExit as e:
        _record("your file imports", False,
                f"importing your file called exit({e.code!r}); keep the program's start "
                "under `if __name__ == \"__main__\":`")
        _end(3)
    except BaseException as e:  # anything the learner's top level raised
        _record("your file imports", False, f"importing your file failed: {describe_exception(e)}")
        _end(3)
    return module


async def finishes_within(name: str, seconds: float, awaitable: Awaitable[Any]) -> tuple[bool, Any]:
    """Awaits with a deadline; records a failed result named `name` if it does not finish in
    time or raises. Returns (finished, value)."""
    try:
        async with asyncio.timeout(seconds):
            value = await awaitable
    except TimeoutError:
        _record(name, False, f"it did not finish within {seconds:g} s")
        return False, None
    except Exception as e:
        _record(name, False, describe_exception(e))
        return False, None
    return True, value


def _end(status: int) -> "NoReturn":
    global _finished
    _finished = True
    _write()
    raise SystemExit(status)


_previous_hook = sys.excepthook


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    # The tracer reports the harness's uncaught exception through sys.excepthook; it becomes a
    # failed result so the learner sees what their code did, not a harness stack trace.
    if not isinstance(exc, KeyboardInterrupt):
        exc.__traceback__ = tb
        _record("the checks ran to the end", False, describe_exception(exc))
    _previous_hook(kind, exc, tb)


def _at_exit() -> None:
    global _finished
    _finished = True
    _write()


sys.excepthook = _excepthook
atexit.register(_at_exit)
