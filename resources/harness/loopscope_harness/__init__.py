"""Behaviour checks for Loopscope exercises (lessons/EXERCISES.md).

A harness imports the learner's file as the module ``learner`` and records named results with
``check`` / ``expect_equal``. Results go to the JSON file named by LOOPSCOPE_HARNESS_RESULTS,
never to stdout, so nothing the learner prints can pass for a result. That variable and the
run's secret LOOPSCOPE_HARNESS_TOKEN (the host takes no results file without it) are taken out
of the environment when this module is imported, before the learner's code runs, and are kept
in closures, not module attributes.

The learner's module runs in this process, so it could patch this module. What that gains is
made small and visible (lessons/EXERCISES.md, "What check can guarantee"): the functions the
harness imported are the originals and call each other through references taken at import;
every write compares this module's functions, their code and the standard functions it uses
with what they were at import, and says "tampered" in the results when anything changed;
results recorded by the learner's own code (during its import, or from a frame in its file)
are refused the same way. Code in the same process can still defeat all of this on purpose.

Standard library only: it runs under whatever interpreter runs the exercise.
"""

from __future__ import annotations

import asyncio
import atexit
import builtins
import functools
import importlib.util
import json
import os
import sys
import traceback
from types import ModuleType, TracebackType
from typing import Any, Awaitable, Callable, NoReturn

__all__ = ["load_learner", "check", "expect_equal", "finishes_within", "learner_path",
           "describe_exception", "results", "count_calls", "CallCounter"]

SCHEMA = "loopscope.harness-results/1"


def _make_recorder() -> tuple[Callable[..., bool], Callable[[], None], Callable[[], list],
                              Callable[[dict], None], dict]:
    """The results channel, in closures: the path, the token and the list are out of reach of
    `loopscope_harness.<name>` patching."""
    path = os.environ.pop("LOOPSCOPE_HARNESS_RESULTS", None)
    token = os.environ.pop("LOOPSCOPE_HARNESS_TOKEN", None)
    entries: list[dict[str, Any]] = []
    state: dict[str, Any] = {"finished": False, "tampered": "", "importing": False,
                             "learner": None}
    guarded: dict[str, tuple[Any, Any, Any, Any]] = {}
    dumps, replace, open_, getpid, getframe = json.dumps, os.replace, builtins.open, os.getpid, \
        sys._getframe
    module_name = __name__
    modules = sys.modules

    def changed() -> str:
        # What differs from import time: a module attribute rebound, or a function's code,
        # defaults or globals replaced in place; the standard functions the writer uses.
        mod = modules.get(module_name)
        for name, (obj, code, defaults, kwdefaults) in guarded.items():
            if mod is None or getattr(mod, name, None) is not obj:
                return f"loopscope_harness.{name} was replaced"
            if code is not None and (obj.__code__ is not code or obj.__defaults__ is not defaults
                                     or obj.__kwdefaults__ is not kwdefaults):
                return f"the code of loopscope_harness.{name} was changed"
        if json.dumps is not dumps or os.replace is not replace or builtins.open is not open_:
            return "a standard function the checks write their results with was replaced"
        return ""

    def write() -> None:
        # Rewritten after every result, so a harness killed by the timeout still reports what
        # it had checked; the rename makes each version appear whole.
        if not path:
            return
        if not state["tampered"]:
            state["tampered"] = changed()
        data = {"schema": SCHEMA, "token": token, "finished": state["finished"],
                "results": entries}
        if state["tampered"]:
            data["tampered"] = state["tampered"]
        tmp = f"{path}.tmp{getpid()}"
        try:
            with open_(tmp, "w", encoding="utf-8") as f:
                f.write(dumps(data))
            replace(tmp, path)
        except OSError as e:
            print(f"loopscope_harness: cannot write results: {e}", file=sys.__stderr__)

    def from_learner() -> bool:
        learner = state["learner"]
        if state["importing"]:
            return True
        # The caller of check / expect_equal (record <- check <- caller): a harness may hand
        # the learner's code a callback that records, but the learner's file never records.
        try:
            caller = getframe(3)
        except ValueError:
            return False
        return bool(learner) and os.path.abspath(caller.f_code.co_filename) == learner

    def record(name: str, ok: bool, message: str) -> bool:
        if from_learner() and not state["tampered"]:
            state["tampered"] = f"your code recorded the result {str(name)[:80]!r} itself"
        entries.append({"name": str(name), "ok": bool(ok), "message": str(message)})
        write()
        return bool(ok)

    def copy() -> list[dict[str, Any]]:
        return [dict(r) for r in entries]

    def guard(objects: dict[str, Any]) -> None:
        for name, obj in objects.items():
            code = getattr(obj, "__code__", None)
            guarded[name] = (obj, code, getattr(obj, "__defaults__", None),
                             getattr(obj, "__kwdefaults__", None))

    return record, write, copy, guard, state


_record, _write, _copy, _guard, _state = _make_recorder()


def results() -> list[dict[str, Any]]:
    """What was recorded so far (a copy), for harnesses that want to look back."""
    return _copy()


# The trailing keyword-only defaults bind each function to the originals taken at import, so
# rebinding `loopscope_harness._record` (say) changes nothing the harness calls.
def check(name: str, ok: Any, message_if_failed: str = "", message_if_passed: str = "", *,
          _record: Callable[..., bool] = _record) -> bool:
    """Records one named result; returns whether it passed."""
    passed = bool(ok)
    return _record(name, passed, (message_if_passed or "as expected") if passed
                   else (message_if_failed or "failed"))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def expect_equal(name: str, actual: Any, expected: Any, message_if_failed: str = "", *,
                 _record: Callable[..., bool] = _record) -> bool:
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


_learner_path: str | None = None


def load_learner(*, _record: Callable[..., bool] = _record,
                 _state: dict = _state) -> ModuleType:
    """Imports sys.argv[1] as the module "learner" without running its __main__ block."""
    global _learner_path
    _learner_path = learner_path()
    _state["learner"] = _learner_path
    spec = importlib.util.spec_from_file_location("learner", _learner_path)
    if spec is None or spec.loader is None:
        _record("your file imports", False, f"cannot import {_learner_path}")
        _end(3)
    module = importlib.util.module_from_spec(spec)
    sys.modules["learner"] = module
    _state["importing"] = True  # whatever records a result now is the learner's own code
    try:
        spec.loader.exec_module(module)
    except SystemExit as e:
        _state["importing"] = False
        _record("your file imports", False,
                f"importing your file called exit({e.code!r}); keep the program's start "
                "under `if __name__ == \"__main__\":`")
        _end(3)
    except BaseException as e:  # anything the learner's top level raised
        _state["importing"] = False
        _record("your file imports", False, f"importing your file failed: {describe_exception(e)}")
        _end(3)
    _state["importing"] = False
    return module


async def finishes_within(name: str, seconds: float, awaitable: Awaitable[Any], *,
                          _record: Callable[..., bool] = _record) -> tuple[bool, Any]:
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


def _end(status: int, *, _write: Callable[[], None] = _write,
         _state: dict = _state) -> "NoReturn":
    _state["finished"] = True
    _write()
    raise SystemExit(status)


_previous_hook = sys.excepthook


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None, *,
                _record: Callable[..., bool] = _record) -> None:
    # The tracer reports the harness's uncaught exception through sys.excepthook; it becomes a
    # failed result so the learner sees what their code did, not a harness stack trace.
    if not isinstance(exc, KeyboardInterrupt):
        exc.__traceback__ = tb
        _record("the checks ran to the end", False, describe_exception(exc))
    _previous_hook(kind, exc, tb)


def _at_exit(*, _write: Callable[[], None] = _write, _state: dict = _state) -> None:
    _state["finished"] = True
    _write()


class CallCounter:
    """Calls of one function of the learner's module, counted by `count_calls`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.found = False        # the module had a function of that name
        self.count = 0
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []


def count_calls(module: ModuleType, name: str) -> CallCounter:
    """Replaces `module.<name>` with a wrapper that counts its calls (the learner's code looks
    the function up in its module when it calls it), so a harness can confirm the work was
    really done: that get_prices called fetch_price once per symbol, not just slept.

    The wrapper calls the original and returns what it returns (a coroutine stays a coroutine
    of the original function, so task names are unchanged)."""
    counter = CallCounter(name)
    original = getattr(module, name, None)
    if callable(original):
        counter.found = True

        @functools.wraps(original)
        def counted(*args: Any, **kwargs: Any) -> Any:
            counter.count += 1
            counter.calls.append((args, kwargs))
            return original(*args, **kwargs)

        setattr(module, name, counted)
    return counter


sys.excepthook = _excepthook
atexit.register(_at_exit)
_guard({name: globals()[name] for name in (
    "check", "expect_equal", "finishes_within", "load_learner", "learner_path",
    "describe_exception", "results", "count_calls", "_record", "_write", "_end",
    "_excepthook", "_at_exit", "_learner_line")})
