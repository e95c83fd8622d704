"""Recognising task steps among the loop's callbacks, and naming callables.

The C Task schedules its steps with a `TaskStepMethWrapper` (first step, bare yields) or
the builtin `task_wakeup` method (a future it waited on completed); the pure-Python Task
uses its `__step` / `__wakeup` methods. `__self__` is the task in every case.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from types import BuiltinMethodType, MethodType
from typing import Any

TASK_TYPES: tuple[type, ...] = tuple({asyncio.Task, asyncio.tasks._PyTask})  # type: ignore[attr-defined]


class _FakeLoop:
    """Just enough of a loop for the C Task constructor to schedule its first step."""

    def __init__(self) -> None:
        self.callbacks: list[Any] = []

    def get_debug(self) -> bool:
        return False

    def call_soon(self, callback: Any, *args: Any, context: Any = None) -> None:
        self.callbacks.append(callback)

    def call_exception_handler(self, context: dict[str, Any]) -> None:
        pass

    def is_running(self) -> bool:
        return False


def _probe_step_wrapper_type() -> type | None:
    """The type of the C Task's step callback, found by constructing one task.

    The probe task gets an explicit name so the program's "Task-N" numbering is unchanged.
    """
    async def nop() -> None:
        pass

    loop = _FakeLoop()
    coro = nop()
    try:
        task = asyncio.Task(coro, loop=loop, name="loopscope-probe")  # type: ignore[arg-type]
        task._log_destroy_pending = False  # type: ignore[attr-defined]
    except Exception:
        return None
    finally:
        coro.close()
    if not loop.callbacks:
        return None
    t = type(loop.callbacks[0])
    return None if t is MethodType else t


STEP_WRAPPER = _probe_step_wrapper_type()
PY_STEP_FUNCS = frozenset(
    f for f in (getattr(asyncio.tasks._PyTask, "_Task__step", None),  # type: ignore[attr-defined]
                getattr(asyncio.tasks._PyTask, "_Task__wakeup", None))  # type: ignore[attr-defined]
    if f is not None)


def step_task(cb: Any) -> Any:
    """The task whose step `cb` is, or None for any other callback."""
    tcb = type(cb)
    if tcb is STEP_WRAPPER:
        return cb.__self__
    if tcb is BuiltinMethodType:
        if cb.__name__ == "task_wakeup":
            return cb.__self__
        return None
    if tcb is MethodType and cb.__func__ in PY_STEP_FUNCS:
        return cb.__self__
    return None


def unwrap_callable(fn: Any) -> Any:
    """The function a partial / `partial(ctx.run, fn)` wrapper will really call."""
    for _ in range(16):
        if isinstance(fn, functools.partial):
            inner = fn.func
            if (getattr(inner, "__name__", None) == "run"
                    and isinstance(getattr(inner, "__self__", None), contextvars.Context)
                    and fn.args):
                fn = fn.args[0]
            else:
                fn = inner
            continue
        break
    return fn


def callable_name(fn: Any) -> str:
    fn = unwrap_callable(fn)
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None)
    if isinstance(name, str):
        return name
    return type(fn).__qualname__


def callable_module(fn: Any) -> str:
    fn = unwrap_callable(fn)
    fn = getattr(fn, "__func__", fn)
    mod = getattr(fn, "__module__", None)
    return mod if isinstance(mod, str) else ""


_INTERNAL_MODULES = ("asyncio", "_asyncio", "concurrent.futures", "loopscope_tracer",
                     "selectors", "contextvars")
_internal_cache: dict[Any, bool] = {}


def internal_callback(cb: Any) -> bool:
    """asyncio's (or the tracer's) own private callbacks: gather's `_done_callback`,
    `_set_result_unless_cancelled`, TaskGroup._on_task_done, _chain_future's helpers...
    Public methods (Future.set_result, Queue.put_nowait, Event.set, Task.cancel) are not
    internal: when the program schedules them, they are the program's callbacks."""
    fn = unwrap_callable(cb)
    self_ = getattr(fn, "__self__", None)
    if self_ is not None and not isinstance(self_, type(functools)):
        fn = getattr(fn, "__func__", fn)
        owner_mod = getattr(type(self_), "__module__", "") or ""
    else:
        owner_mod = ""
    name = getattr(fn, "__name__", None)
    if not isinstance(name, str):
        return False
    key = (name, owner_mod, getattr(fn, "__module__", None))
    r = _internal_cache.get(key)
    if r is None:
        mod = key[2] if isinstance(key[2], str) else owner_mod
        r = (name.startswith("_") or name == "<lambda>") and \
            (mod.startswith(_INTERNAL_MODULES) or owner_mod.startswith(_INTERNAL_MODULES))
        if len(_internal_cache) < 4096:
            _internal_cache[key] = r
    return r
