"""Behaviour checks for Loopscope exercises (lessons/EXERCISES.md).

A harness imports the learner's file as the module ``learner`` and records named results with
``check`` / ``expect_equal``. Results go to the JSON file named by LOOPSCOPE_HARNESS_RESULTS,
never to stdout, so nothing the learner prints can pass for a result, signed (HMAC-SHA256) with
the run's key. That key is in the file named by LOOPSCOPE_HARNESS_KEY_FILE, read and unlinked
before the learner's module is imported, and kept in a closure, not a module attribute; both
variables leave the environment when this module is imported.

A judged harness (``judged("judge.py")``) leaves the verdict to judge.py, a process of its own
that never imports the learner's code and is the only reader of the key; this process then
only runs the learner's functions, with the served ones answered by the judge (``Judge``).

In a harness that is not judged, the learner's module runs in the process that records the
results, so it could patch this module. What that gains is made small and visible
(docs/LIMITS.md, "What check can guarantee"): the functions the harness imported are the
originals and call each other through references taken at import; every write compares this
module's functions, their code and the standard functions it uses with what they were at
import, and says "tampered" in the results when anything changed; results recorded by the
learner's own code (during its import, or from a frame in its file) are refused the same way.
Code in the same process can still defeat all of this on purpose.

Standard library only: it runs under whatever interpreter runs the exercise.
"""

from __future__ import annotations

import asyncio
import atexit
import builtins
import contextlib
import functools
import hashlib
import hmac
import importlib.util
import inspect
import io
import json
import os
import socket
import subprocess
import sys
import threading
import traceback
from types import ModuleType, TracebackType
from typing import Any, Awaitable, Callable, NoReturn

__all__ = ["load_learner", "check", "expect_equal", "finishes_within", "learner_path",
           "describe_exception", "results", "count_calls", "CallCounter", "judged", "Judge"]

SCHEMA = "loopscope.harness-results/1"
SIGNED_SCHEMA = "loopscope.harness-results/2"   # {"schema", "body": <SCHEMA json text>, "mac"}


def _make_recorder() -> tuple[Callable[..., bool], Callable[[], None], Callable[[], list],
                              Callable[[dict], None], dict]:
    """The results channel, in closures: the path, the token and the list are out of reach of
    `loopscope_harness.<name>` patching."""
    path = os.environ.pop("LOOPSCOPE_HARNESS_RESULTS", None)
    # The key that signs the results is in a file only the first reader sees (it unlinks it):
    # this module, just before the learner's module is imported, or the judge process
    # (judge.py) of a judged harness, which this process then never reads it for.
    key_file = os.environ.pop("LOOPSCOPE_HARNESS_KEY_FILE", None)
    entries: list[dict[str, Any]] = []
    state: dict[str, Any] = {"finished": False, "tampered": "", "importing": False,
                             "learner": None, "judged": False}
    secret: list[bytes] = []   # the key, in this closure only (not in the exported state)
    guarded: dict[str, tuple[Any, Any, Any, Any]] = {}
    dumps, replace, open_, getpid, getframe = json.dumps, os.replace, builtins.open, os.getpid, \
        sys._getframe
    hmac_new, sha256 = hmac.new, hashlib.sha256  # taken now: the key passes through them
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
        if not path or state["judged"] or not secret:
            return  # a judged harness's results are the judge's alone
        if not state["tampered"]:
            state["tampered"] = changed()
        body = {"schema": SCHEMA, "finished": state["finished"], "results": entries,
                "judged": False}
        if state["tampered"]:
            body["tampered"] = state["tampered"]
        text = dumps(body)
        mac = hmac_new(secret[0], text.encode("utf-8"), sha256).hexdigest()
        tmp = f"{path}.tmp{getpid()}"
        try:
            with open_(tmp, "w", encoding="utf-8") as f:
                f.write(dumps({"schema": SIGNED_SCHEMA, "body": text, "mac": mac}))
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
        if state["judged"]:
            # The judge takes failures from this process, never passes.
            forward = state["forward"]
            if state["tampered"]:
                forward({"op": "tampered", "reason": state["tampered"]})
            if not ok:
                forward({"op": "fail", "name": str(name), "message": str(message)})
        else:
            write()
        return bool(ok)

    def copy() -> list[dict[str, Any]]:
        return [dict(r) for r in entries]

    def guard(objects: dict[str, Any]) -> None:
        for name, obj in objects.items():
            code = getattr(obj, "__code__", None)
            guarded[name] = (obj, code, getattr(obj, "__defaults__", None),
                             getattr(obj, "__kwdefaults__", None))

    def key_file_path() -> str | None:
        return key_file

    def take_key() -> None:
        # Read once and unlinked before the learner's code runs: it then finds neither the
        # file nor the key in the environment (/proc/self/environ keeps only the path).
        if key_file and not secret:
            try:
                with open_(key_file, "rb") as f:
                    secret.append(f.read().strip())
                os.unlink(key_file)
            except OSError as e:
                print(f"loopscope_harness: cannot read the results key: {e}", file=sys.__stderr__)

    def last_words() -> str:
        # Sent to the judge at the end: what this process saw replaced (only ever a failure).
        if not state["tampered"]:
            state["tampered"] = changed()
        return state["tampered"]

    return record, write, copy, guard, state, take_key, key_file_path, path, last_words


(_record, _write, _copy, _guard, _state, _take_key, _key_file, _results_path,
 _last_words) = _make_recorder()


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
    if not _state["judged"]:
        _take_key()
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
    if _state["judged"]:
        _state["judge"]._finish()
    else:
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


def _plain(value: Any) -> str:
    """JSON for the judge: data as data, anything else as its repr (the judge compares data)."""
    return json.dumps(value, default=lambda o: {"repr": repr(o)[:200]})


class Judge:
    """The harness's line to its judge (judge.py), a process of its own started before the
    learner's module is imported. The judge serves the functions the exercise is about, so the
    values the learner's code gets from them, and the count of calls, are the judge's; the
    harness hands it the learner's answers and the judge decides (lessons/EXERCISES.md,
    "Judged harnesses")."""

    def __init__(self, judge_file: str) -> None:
        ours, theirs = socket.socketpair()
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "judge.py")
        self._process = subprocess.Popen(
            [sys.executable, "-I", "-S", script, judge_file, str(theirs.fileno()),
             _results_path or "", _key_file() or ""],
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        theirs.close()
        self._socket = ours
        self._replies = ours.makefile("rb")
        self._lock = threading.Lock()   # the learner's threads may call a served function
        self._finished = False
        if self._replies.readline() != b"ready\n":
            raise SystemExit("loopscope_harness: the judge did not start")

    def _send(self, message: dict[str, Any]) -> None:
        try:
            self._socket.sendall(_plain(message).encode("utf-8") + b"\n")
        except OSError:
            pass  # the judge is gone: its results say the checks did not finish

    def _ask(self, message: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._send(message)
            line = self._replies.readline()
        try:
            return json.loads(line)
        except ValueError:
            raise RuntimeError("the checks' judge stopped answering") from None

    def serve(self, module: ModuleType, name: str,
              wait: Callable[..., Awaitable[Any]] | None = None) -> None:
        """Replaces `module.<name>` so every call is the judge's: the judge counts it and gives
        its value. The learner's own function (or `wait`, when given) still runs for the time
        it takes, so the timeline shows the work; what it returns is dropped."""
        original = getattr(module, name, None)
        if not callable(original):
            self._send({"op": "missing", "fn": name})
            return
        slow = wait or original
        ask, send = self._ask, self._send

        def start(args: tuple, kwargs: dict) -> dict[str, Any]:
            reply = ask({"op": "call", "fn": name, "args": list(args), "kwargs": kwargs})
            if "id" not in reply:
                raise RuntimeError(f"the checks' judge does not serve {name}")
            return reply

        def result(reply: dict[str, Any]) -> Any:
            if "raise" in reply:
                raise ValueError(reply["raise"])
            return reply.get("value")

        if inspect.iscoroutinefunction(original):
            @functools.wraps(original)
            async def served(*args: Any, **kwargs: Any) -> Any:
                reply = start(args, kwargs)
                returned = False
                try:
                    await slow(*args, **kwargs)
                    returned = True
                finally:
                    send({"op": "done", "id": reply["id"], "returned": returned})
                return result(reply)
        else:
            @functools.wraps(original)
            def served(*args: Any, **kwargs: Any) -> Any:
                reply = start(args, kwargs)
                returned = False
                try:
                    slow(*args, **kwargs)
                    returned = True
                finally:
                    send({"op": "done", "id": reply["id"], "returned": returned})
                return result(reply)
        setattr(module, name, served)

    async def answer(self, name: str, call: Any, *, printed: bool = False) -> Any:
        """Runs the learner's call — an awaitable, or a function of no arguments (whose result
        is awaited if it is awaitable) — and hands the judge its value, or the exception in the
        learner's terms; with `printed`, also the lines it printed on stdout. Returns the value
        (None on error)."""
        lines = io.StringIO()
        message: dict[str, Any] = {"op": "answer", "name": name}
        value = None
        try:
            with contextlib.redirect_stdout(lines) if printed else contextlib.nullcontext():
                value = call() if callable(call) and not inspect.isawaitable(call) else call
                if inspect.isawaitable(value):
                    value = await value
            message.update(value=value, type=type(value).__name__)
        except Exception as e:
            message["error"] = describe_exception(e)
        if printed:
            message["printed"] = lines.getvalue().splitlines()[:1000]
        self._send(message)
        return value

    def tell(self, name: str, value: Any) -> None:
        """Hands the judge a plain value as the answer `name` (no learner's call to run)."""
        self._send({"op": "answer", "name": name, "value": value, "type": type(value).__name__})

    def ask(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """The value of a served function, asked by the harness itself (counted as a call)."""
        reply = self._ask({"op": "call", "fn": name, "args": list(args), "kwargs": kwargs})
        self._send({"op": "done", "id": reply.get("id"), "returned": True})
        return reply.get("value")

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        reason = _last_words()
        if reason:
            self._send({"op": "tampered", "reason": reason})
        self._send({"op": "end"})
        # The run's processes are ended with it: wait until the judge has written its verdict.
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass


def judged(judge_file: str, *, _state: dict = _state) -> Judge:
    """Starts the judge (a process that never imports the learner's code) from `judge_file`,
    relative to the harness; call it before `load_learner()`."""
    if _state["learner"] is not None or _state["judged"]:
        raise RuntimeError("loopscope_harness.judged() comes once, before load_learner()")
    if not os.path.isabs(judge_file):
        caller = sys._getframe(1).f_code.co_filename
        judge_file = os.path.join(os.path.dirname(os.path.abspath(caller)), judge_file)
    _state["judged"] = True
    judge = Judge(judge_file)
    _state["judge"] = judge
    _state["forward"] = judge._send
    return judge


sys.excepthook = _excepthook
atexit.register(_at_exit)
_guard({name: globals()[name] for name in (
    "check", "expect_equal", "finishes_within", "load_learner", "learner_path",
    "describe_exception", "results", "count_calls", "_record", "_write", "_end",
    "_excepthook", "_at_exit", "_learner_line", "judged", "_plain")})
